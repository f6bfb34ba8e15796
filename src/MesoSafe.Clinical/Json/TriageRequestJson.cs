using System.Globalization;
using System.Text.Json;
using MesoSafe.Clinical.Triage;

namespace MesoSafe.Clinical.Json;

/// <summary>Reads and validates a triage request from its JSON wire form (contract.md).
/// Required: <c>sessionDate</c> and <c>reportedOn</c>, with reportedOn not before sessionDate;
/// a symptom needs its <c>code</c>. Unknown properties are ignored.</summary>
public static class TriageRequestJson
{
    /// <summary>Reports more than ten years after a session are typing mistakes, not follow-ups.</summary>
    private const int MaxDaysSinceSession = 3_660;

    public static ParsedRequest<TriageRequest> Parse(ReadOnlyMemory<byte> utf8)
    {
        using var document = RequestDocument.Open(utf8, out var problem);
        if (document is null)
        {
            return ParsedRequest<TriageRequest>.Invalid(problem!, null);
        }

        return Read(document.RootElement);
    }

    public static ParsedRequest<TriageRequest> Read(JsonElement root)
    {
        var reader = new FieldReader();
        string? id = null, text = null;
        DateOnly? sessionDate = null, reportedOn = null;
        bool sessionSeen = false, reportedSeen = false;
        double? temperature = null;
        IReadOnlyList<string> areas = [], substances = [];
        JsonElement? symptoms = null;

        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("id"u8))
            {
                id = reader.Id(value, "id");
            }
            else if (property.NameEquals("sessionDate"u8))
            {
                sessionSeen = value.ValueKind != JsonValueKind.Null;
                sessionDate = reader.Date(value, "sessionDate");
            }
            else if (property.NameEquals("reportedOn"u8))
            {
                reportedSeen = value.ValueKind != JsonValueKind.Null;
                reportedOn = reader.Date(value, "reportedOn");
            }
            else if (property.NameEquals("areas"u8))
            {
                areas = reader.Entries(value, "areas");
            }
            else if (property.NameEquals("substances"u8))
            {
                substances = reader.Entries(value, "substances");
            }
            else if (property.NameEquals("temperatureC"u8))
            {
                temperature = reader.Number(
                    value, "temperatureC", RequestLimits.MinTemperatureC, RequestLimits.MaxTemperatureC, "°C");
            }
            else if (property.NameEquals("symptoms"u8))
            {
                symptoms = value;
            }
            else if (property.NameEquals("text"u8))
            {
                text = reader.String(value, "text", RequestLimits.MaxTextLength);
            }
        }

        if (!sessionSeen)
        {
            reader.Required("sessionDate");
        }

        if (!reportedSeen)
        {
            reader.Required("reportedOn");
        }

        int? days = null;
        if (sessionDate is { } session && reportedOn is { } reported)
        {
            days = reported.DayNumber - session.DayNumber;
            if (days < 0)
            {
                reader.Add("reportedOn", RequestErrorCodes.DateOrder, "reportedOn must not be before sessionDate.");
            }
            else if (days > MaxDaysSinceSession)
            {
                reader.Add("reportedOn", RequestErrorCodes.OutOfRange, string.Create(
                    CultureInfo.InvariantCulture,
                    $"reportedOn is {days} days after sessionDate; the limit is {MaxDaysSinceSession}."));
            }
        }

        var reportedSymptoms = symptoms is { } list ? ReadSymptoms(list, days, reader) : [];

        if (reader.HasErrors || sessionDate is null || reportedOn is null)
        {
            return ParsedRequest<TriageRequest>.Invalid(RequestProblem.Invalid(reader.Errors), id);
        }

        return ParsedRequest<TriageRequest>.Valid(
            new TriageRequest
            {
                Id = id,
                SessionDate = sessionDate.Value,
                ReportedOn = reportedOn.Value,
                Areas = areas,
                Substances = substances,
                TemperatureC = temperature,
                Symptoms = reportedSymptoms,
                Text = string.IsNullOrWhiteSpace(text) ? null : text,
            },
            id);
    }

    private static List<ReportedSymptom> ReadSymptoms(JsonElement symptoms, int? days, FieldReader reader)
    {
        if (!reader.Array(symptoms, "symptoms"))
        {
            return [];
        }

        var result = new List<ReportedSymptom>(symptoms.GetArrayLength());
        var index = 0;
        foreach (var item in symptoms.EnumerateArray())
        {
            var field = FieldReader.Indexed("symptoms", index++);
            if (item.ValueKind == JsonValueKind.Null)
            {
                reader.Add(field, RequestErrorCodes.NullEntry, field + " is null; remove the entry or give a symptom.");
            }
            else if (reader.Object(item, field) && ReadSymptom(item, field, days, reader) is { } symptom)
            {
                result.Add(symptom);
            }
        }

        return result;
    }

    private static ReportedSymptom? ReadSymptom(JsonElement symptom, string field, int? days, FieldReader reader)
    {
        string? code = null;
        var codeSeen = false;
        var severity = SymptomSeverity.Mild;
        int? started = null;
        bool? spreading = null, worsening = null;
        foreach (var property in symptom.EnumerateObject())
        {
            var value = property.Value;
            if (property.NameEquals("code"u8))
            {
                codeSeen = value.ValueKind != JsonValueKind.Null;
                code = codeSeen ? reader.Entry(value, field + ".code") : null;
            }
            else if (property.NameEquals("severity"u8))
            {
                severity = ReadSeverity(value, field + ".severity", reader);
            }
            else if (property.NameEquals("startedDaysAfterSession"u8))
            {
                started = reader.Integer(value, field + ".startedDaysAfterSession", 0, MaxDaysSinceSession);
            }
            else if (property.NameEquals("spreading"u8))
            {
                spreading = reader.Boolean(value, field + ".spreading");
            }
            else if (property.NameEquals("worsening"u8))
            {
                worsening = reader.Boolean(value, field + ".worsening");
            }
        }

        if (!codeSeen)
        {
            reader.Required(field + ".code");
        }

        if (started is { } start && days is { } known && known >= 0 && start > known)
        {
            reader.Add(field + ".startedDaysAfterSession", RequestErrorCodes.OutOfRange, string.Create(
                CultureInfo.InvariantCulture,
                $"{field}.startedDaysAfterSession is {start}, but reportedOn is only {known} days after sessionDate."));
        }

        return code is null
            ? null
            : new ReportedSymptom
            {
                Code = code,
                Severity = severity,
                StartedDaysAfterSession = started ?? 0,
                Spreading = spreading ?? false,
                Worsening = worsening ?? false,
            };
    }

    private static SymptomSeverity ReadSeverity(JsonElement value, string field, FieldReader reader)
    {
        var text = reader.String(value, field);
        if (text is null)
        {
            return SymptomSeverity.Mild;
        }

        if (WireEnums.TryParseSeverity(text, out var severity))
        {
            return severity;
        }

        reader.Add(field, RequestErrorCodes.UnknownValue, string.Create(
            CultureInfo.InvariantCulture,
            $"{field} is \"{(text.Length <= 40 ? text : text[..40] + "...")}\"; it must be mild, moderate or severe."));
        return SymptomSeverity.Mild;
    }
}
