namespace MesoSafe.Records.Plans;

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
    long? Version);
