namespace MesoSafe.Records.Sessions;

public sealed record SessionInput(
    Guid? PatientId,
    Guid? PlanId,
    DateOnly? Date,
    IReadOnlyList<string>? Areas,
    string? Technique,
    double? DepthMm,
    string? Anesthetic,
    IReadOnlyList<string>? Asepsis,
    string? SensitivityTest,
    IReadOnlyList<string>? ImmediateReactions,
    IReadOnlyList<SessionProductInput>? Products);

public sealed record SessionProductInput(Guid? LotId, double? VolumeMl);
