using System.Collections;
using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using Xunit;

namespace MesoSafe.Records.Tests;

/// <summary>The one mapper from the record to the engine's request (ADR 0405): every field the
/// engine reads comes from the patient, the intake or the plan.</summary>
public sealed class ScreeningRequestMapperTests
{
    private static readonly DateOnly Planned = new(2026, 12, 1);

    private static Patient FullPatient() => new()
    {
        GivenName = "Ada",
        FamilyName = "Test",
        BirthDate = new DateOnly(1980, 2, 3),
        Sex = "female",
    };

    private static Intake FullIntake(Patient patient) => new()
    {
        PatientId = patient.Id,
        Conditions = ["type 2 diabetes"],
        Allergies = ["lidocaine"],
        Medications = ["aspirin"],
        Smoker = true,
        Alcohol = true,
        PreviousMesotherapy = true,
    };

    private static TreatmentPlan FullPlan(Patient patient) => new()
    {
        PatientId = patient.Id,
        Indication = "hair-loss",
        Areas = ["scalp"],
        Substances = ["biotin", "dexpanthenol"],
        Anesthetic = "lidocaine",
        Technique = "point-by-point",
        DepthMm = 2.5,
        CombinedWith = ["botulinum-toxin"],
    };

    [Fact]
    public void Every_field_of_the_record_reaches_the_request()
    {
        var patient = FullPatient();
        var intake = FullIntake(patient);
        var plan = FullPlan(patient);

        var request = ScreeningRequestMapper.Map(patient, intake, plan, Planned);

        Assert.Equal(intake.Id.ToString(), request.Id);
        Assert.Equal(Planned, request.Date);
        Assert.Equal(new DateOnly(1980, 2, 3), request.Patient.BirthDate);
        Assert.Equal("female", request.Patient.Sex);
        Assert.True(request.Patient.PreviousMesotherapy);
        Assert.Equal(["type 2 diabetes"], request.Conditions);
        Assert.Equal(["lidocaine"], request.Allergies);
        Assert.Equal(["aspirin"], request.Medications);
        Assert.True(request.Habits.Smoker);
        Assert.True(request.Habits.Alcohol);
        Assert.Equal("hair-loss", request.Plan.Indication);
        Assert.Equal(["scalp"], request.Plan.Areas);
        Assert.Equal(["biotin", "dexpanthenol"], request.Plan.Substances);
        Assert.Equal("lidocaine", request.Plan.Anesthetic);
        Assert.Equal("point-by-point", request.Plan.Technique);
        Assert.Equal(2.5, request.Plan.DepthMm);
        Assert.Equal(["botulinum-toxin"], request.Plan.CombinedWith);
    }

    /// <summary>A field added to the request that the record does not carry fails here: the record
    /// must keep everything screening reads, or what is stored would differ from what was shown.</summary>
    [Fact]
    public void No_field_of_the_request_is_left_empty_by_a_full_record()
    {
        var patient = FullPatient();
        var request = ScreeningRequestMapper.Map(patient, FullIntake(patient), FullPlan(patient), Planned);

        var empty = new List<string>();
        Walk(request, nameof(ScreeningRequest), empty);

        Assert.Empty(empty);
    }

    [Fact]
    public void A_half_typed_plan_gives_no_blank_codes_and_no_plan_screens_the_history_alone()
    {
        var patient = FullPatient();
        var intake = FullIntake(patient);
        var halfTyped = new TreatmentPlan { Indication = "", Technique = "  ", Anesthetic = "", Areas = ["face"] };

        var typed = ScreeningRequestMapper.Map(patient, intake, halfTyped, Planned);
        var none = ScreeningRequestMapper.Map(patient, intake, null, Planned);

        Assert.Null(typed.Plan.Indication);
        Assert.Null(typed.Plan.Technique);
        Assert.Null(typed.Plan.Anesthetic);
        Assert.Equal(["face"], typed.Plan.Areas);
        Assert.Empty(none.Plan.Areas);
        Assert.Empty(none.Plan.Substances);
        Assert.Empty(none.Plan.CombinedWith);
        Assert.Null(none.Plan.Indication);
        Assert.Null(none.Plan.Technique);
        Assert.Null(none.Plan.DepthMm);
        Assert.Equal(["type 2 diabetes"], none.Conditions);
    }

    private static void Walk(object value, string path, List<string> empty)
    {
        foreach (var property in value.GetType().GetProperties())
        {
            var name = path + "." + property.Name;
            var child = property.GetValue(value);
            switch (child)
            {
                case null:
                case false:
                case string { Length: 0 }:
                case ICollection { Count: 0 }:
                    empty.Add(name);
                    break;
                case PatientDetails or Habits or PlannedTreatment:
                    Walk(child, name, empty);
                    break;
            }
        }
    }
}
