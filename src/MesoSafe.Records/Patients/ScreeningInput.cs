namespace MesoSafe.Records.Patients;

/// <summary>Screen an intake for a plan (or the patient's latest plan) on a planned date.</summary>
public sealed record ScreeningInput(DateOnly? PlannedDate, Guid? PlanId);
