using MesoSafe.Records.Audit;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Readings;

namespace MesoSafe.Records.Privacy;

/// <summary>Everything held about one patient (GDPR articles 15 and 20): the record, the readings of
/// their check-ins, their sign-in account, every audit entry about them and the erasure, if any.</summary>
public sealed record PatientExport(
    PatientRecord Record,
    IReadOnlyList<CheckInReading> Readings,
    ExportedAccount? Account,
    IReadOnlyList<AuditEntry> AuditEntries,
    PatientErasure? Erasure,
    DateTimeOffset ExportedAt);

/// <summary>The patient's own sign-in: what identifies it and whether it can still be used.</summary>
public sealed record ExportedAccount(Guid Id, string? UserName, string? Email, string? DisplayName, bool Disabled);
