using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Plans;

namespace MesoSafe.Records.Patients;

/// <summary>The one way from the clinic's record (patient, intake, plan) to the engine's request.
/// Every path that screens (the intake page as it is typed and when saved, the records API, a plan
/// saved on the plan page) goes through here, so what is stored is what was shown (ADR 0405).</summary>
public static class ScreeningRequestMapper
{
    /// <summary>The request for one planned date. No plan screens the history alone.</summary>
    public static ScreeningRequest Map(Patient patient, Intake intake, TreatmentPlan? plan, DateOnly plannedDate) => new()
    {
        Id = intake.Id.ToString(),
        Date = plannedDate,
        Patient = new PatientDetails
        {
            BirthDate = patient.BirthDate,
            Sex = Text(patient.Sex),
            PreviousMesotherapy = intake.PreviousMesotherapy,
        },
        Conditions = intake.Conditions,
        Allergies = intake.Allergies,
        Medications = intake.Medications,
        Habits = new Habits { Smoker = intake.Smoker, Alcohol = intake.Alcohol },
        Plan = plan is null
            ? new PlannedTreatment()
            : new PlannedTreatment
            {
                Indication = Text(plan.Indication),
                Areas = plan.Areas,
                Substances = plan.Substances,
                Anesthetic = Text(plan.Anesthetic),
                Technique = Text(plan.Technique),
                DepthMm = plan.DepthMm,
                CombinedWith = plan.CombinedWith,
                Sessions = plan.Sessions,
                IntervalDays = plan.IntervalDays,
            },
    };

    /// <summary>A blank code is no code: a saved record never has one, a half-typed form may.</summary>
    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
