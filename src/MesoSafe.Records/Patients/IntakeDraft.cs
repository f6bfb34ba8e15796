using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Plans;

namespace MesoSafe.Records.Patients;

/// <summary>An intake as it would be saved, not added to the database: the intake page screens
/// this while it is typed, through the same mapper as the saved record.</summary>
public sealed record IntakeDraft(Patient Patient, Intake Intake, TreatmentPlan? Plan)
{
    public ScreeningRequest Request(DateOnly plannedDate) =>
        ScreeningRequestMapper.Map(Patient, Intake, Plan, plannedDate);
}
