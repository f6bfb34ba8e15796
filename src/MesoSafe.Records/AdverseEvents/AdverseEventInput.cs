namespace MesoSafe.Records.AdverseEvents;

/// <summary>An initial report (with patientId) or a follow-up (with version).</summary>
public sealed record AdverseEventInput(
    Guid? PatientId,
    Guid? SessionId,
    string? EventCode,
    DateOnly? Onset,
    IReadOnlyList<string>? Seriousness,
    string? Severity,
    string? Outcome,
    string? Causality,
    IReadOnlyList<Guid>? SuspectLotIds,
    IReadOnlyList<Guid>? SuspectProductIds,
    string? ReporterType,
    string? Narrative,
    long? Version);
