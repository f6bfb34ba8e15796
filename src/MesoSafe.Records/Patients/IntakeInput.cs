using MesoSafe.Records.Plans;

namespace MesoSafe.Records.Patients;

/// <summary>A medical history as sent. With <see cref="PlannedDate"/> the intake is screened and
/// stored with its screening, and with <see cref="Plan"/> (a new plan) or <see cref="PlanId"/> (a saved
/// one) with its plan too, all in one transaction. The last three are optional, so earlier callers
/// stay as they were.</summary>
public sealed record IntakeInput(
    IReadOnlyList<string>? Conditions,
    IReadOnlyList<string>? Allergies,
    IReadOnlyList<string>? Medications,
    bool? Smoker,
    bool? Alcohol,
    bool? PreviousMesotherapy,
    DateOnly? PlannedDate = null,
    Guid? PlanId = null,
    PlanInput? Plan = null);
