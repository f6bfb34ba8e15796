using System.Text.Json;
using MesoSafe.Clinical.Screening;

namespace MesoSafe.Clinical.Json;

/// <summary>Reads and validates a screening request from its JSON wire form (contract.md).
/// Required: <c>date</c> and <c>plan</c>. Everything else is optional; unknown properties are ignored.</summary>
public static class ScreeningRequestJson
{
    private const int MaxAgeYears = 150;

    public static ParsedRequest<ScreeningRequest> Parse(ReadOnlyMemory<byte> utf8)
    {
        using var document = RequestDocument.Open(utf8, out var problem);
        if (document is null)
        {
            return ParsedRequest<ScreeningRequest>.Invalid(problem!, null);
        }

        return Read(document.RootElement);
    }

    public static ParsedRequest<ScreeningRequest> Read(JsonElement root)
    {
        var reader = new FieldReader();
        string? id = null;
        DateOnly? date = null;
        var dateSeen = false;
        JsonElement? patient = null;
        JsonElement? plan = null;
        IReadOnlyList<string> conditions = [], allergies = [], medications = [];
        var habits = new Habits();

        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("id"u8))
            {
                id = reader.Id(value, "id");
            }
            else if (property.NameEquals("date"u8))
            {
                dateSeen = value.ValueKind != JsonValueKind.Null;
                date = reader.Date(value, "date");
            }
            else if (property.NameEquals("patient"u8))
            {
                patient = reader.Object(value, "patient") ? value : null;
            }
            else if (property.NameEquals("conditions"u8))
            {
                conditions = reader.Entries(value, "conditions");
            }
            else if (property.NameEquals("allergies"u8))
            {
                allergies = reader.Entries(value, "allergies");
            }
            else if (property.NameEquals("medications"u8))
            {
                medications = reader.Entries(value, "medications");
            }
            else if (property.NameEquals("habits"u8))
            {
                habits = ReadHabits(value, reader);
            }
            else if (property.NameEquals("plan"u8))
            {
                plan = value;
            }
        }

        if (!dateSeen)
        {
            reader.Required("date");
        }

        var patientDetails = patient is { } patientValue ? ReadPatient(patientValue, date, reader) : new PatientDetails();
        PlannedTreatment? treatment = null;
        if (plan is not { ValueKind: not JsonValueKind.Null } planValue)
        {
            reader.Required("plan");
        }
        else if (reader.Object(planValue, "plan"))
        {
            treatment = ReadPlan(planValue, reader);
        }

        if (reader.HasErrors || date is null || treatment is null)
        {
            return ParsedRequest<ScreeningRequest>.Invalid(RequestProblem.Invalid(reader.Errors), id);
        }

        return ParsedRequest<ScreeningRequest>.Valid(
            new ScreeningRequest
            {
                Id = id,
                Date = date.Value,
                Patient = patientDetails,
                Conditions = conditions,
                Allergies = allergies,
                Medications = medications,
                Habits = habits,
                Plan = treatment,
            },
            id);
    }

    private static PatientDetails ReadPatient(JsonElement patient, DateOnly? date, FieldReader reader)
    {
        DateOnly? birthDate = null;
        string? sex = null;
        bool? previous = null;
        foreach (var property in patient.EnumerateObject())
        {
            if (property.NameEquals("birthDate"u8))
            {
                birthDate = reader.Date(property.Value, "patient.birthDate");
            }
            else if (property.NameEquals("sex"u8))
            {
                sex = reader.String(property.Value, "patient.sex");
            }
            else if (property.NameEquals("previousMesotherapy"u8))
            {
                previous = reader.Boolean(property.Value, "patient.previousMesotherapy");
            }
        }

        if (birthDate is { } born && date is { } treated
            && (born > treated || (treated.Year > MaxAgeYears && born < treated.AddYears(-MaxAgeYears))))
        {
            reader.Add(
                "patient.birthDate",
                RequestErrorCodes.OutOfRange,
                "patient.birthDate must be on or before date and at most 150 years before it.");
        }

        return new PatientDetails { BirthDate = birthDate, Sex = sex, PreviousMesotherapy = previous };
    }

    private static Habits ReadHabits(JsonElement habits, FieldReader reader)
    {
        if (!reader.Object(habits, "habits"))
        {
            return new Habits();
        }

        bool? smoker = null, alcohol = null;
        foreach (var property in habits.EnumerateObject())
        {
            if (property.NameEquals("smoker"u8))
            {
                smoker = reader.Boolean(property.Value, "habits.smoker");
            }
            else if (property.NameEquals("alcohol"u8))
            {
                alcohol = reader.Boolean(property.Value, "habits.alcohol");
            }
        }

        return new Habits { Smoker = smoker ?? false, Alcohol = alcohol ?? false };
    }

    private static PlannedTreatment ReadPlan(JsonElement plan, FieldReader reader)
    {
        string? indication = null, anesthetic = null, technique = null;
        double? depth = null;
        int? sessions = null, interval = null;
        IReadOnlyList<string> areas = [], substances = [], combinedWith = [];
        foreach (var property in plan.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("indication"u8))
            {
                indication = reader.String(value, "plan.indication");
            }
            else if (property.NameEquals("areas"u8))
            {
                areas = reader.Entries(value, "plan.areas");
            }
            else if (property.NameEquals("substances"u8))
            {
                substances = reader.Entries(value, "plan.substances");
            }
            else if (property.NameEquals("anesthetic"u8))
            {
                anesthetic = reader.String(value, "plan.anesthetic");
            }
            else if (property.NameEquals("technique"u8))
            {
                technique = reader.String(value, "plan.technique");
            }
            else if (property.NameEquals("depthMm"u8))
            {
                depth = reader.Number(value, "plan.depthMm", RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm, "mm");
            }
            else if (property.NameEquals("combinedWith"u8))
            {
                combinedWith = reader.Entries(value, "plan.combinedWith");
            }
            else if (property.NameEquals("sessions"u8))
            {
                sessions = reader.Integer(value, "plan.sessions", 1, RequestLimits.MaxPlanSessions);
            }
            else if (property.NameEquals("intervalDays"u8))
            {
                interval = reader.Integer(value, "plan.intervalDays", 1, RequestLimits.MaxIntervalDays);
            }
        }

        return new PlannedTreatment
        {
            Indication = string.IsNullOrWhiteSpace(indication) ? null : indication,
            Areas = areas,
            Substances = substances,
            Anesthetic = string.IsNullOrWhiteSpace(anesthetic) ? null : anesthetic,
            Technique = string.IsNullOrWhiteSpace(technique) ? null : technique,
            DepthMm = depth,
            CombinedWith = combinedWith,
            Sessions = sessions,
            IntervalDays = interval,
        };
    }
}
