namespace MesoSafe.Records.Plans;

/// <summary>A plan as sent by the API or a form. <see cref="CombinedWith"/> comes last and is
/// optional, so earlier callers stay as they were.</summary>
public sealed record PlanInput(
    Guid? PatientId,
    string? Indication,
    IReadOnlyList<string>? Areas,
    IReadOnlyList<string>? Substances,
    string? Technique,
    double? DepthMm,
    string? Anesthetic,
    int? Sessions,
    int? IntervalDays,
    long? Version,
    IReadOnlyList<string>? CombinedWith = null);
