using MesoSafe.Records.Plans;

namespace MesoSafe.Records.Patients;

/// <summary>What one intake saved: the intake, the plan it was screened against (new or saved) and
/// the screening, all stored together or not at all.</summary>
public sealed record IntakeRecorded(Patient Patient, Intake Intake, TreatmentPlan? Plan, ScreeningRecord? Screening);

/// <summary>An intake as it would be saved, not added to the database: the intake page screens
/// this while it is typed, through the same mapper as the saved record.</summary>
public sealed record IntakeDraft(Patient Patient, Intake Intake, TreatmentPlan? Plan)
{
    public Clinical.Screening.ScreeningRequest Request(DateOnly plannedDate) =>
        ScreeningRequestMapper.Map(Patient, Intake, Plan, plannedDate);
}
