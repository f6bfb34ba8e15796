using MesoSafe.Records.Privacy;
using MesoSafe.Web.Features.Audit;
using MesoSafe.Web.Features.CheckIns;

namespace MesoSafe.Web.Features.Patients;

/// <summary>The export: the full record (as <c>GET /patients/{id}</c>), the readings of the check-ins,
/// the sign-in account, the audit entries about the patient and the erasure, if any.</summary>
internal sealed record PatientExportBody(
    string Format, DateTimeOffset ExportedAt, PatientRecordBody Record, IReadOnlyList<ReadingBody> Readings,
    ExportedAccountBody? Account, IReadOnlyList<AuditEntryBody> AuditEntries, PatientErasureBody? Erasure)
{
    /// <summary>Names the shape, so a later one (FHIR) can sit beside it.</summary>
    public const string FormatName = "mesosafe-patient-export/1";

    public static PatientExportBody From(PatientExport e) => new(
        FormatName,
        e.ExportedAt,
        PatientRecordBody.From(e.Record),
        [.. e.Readings.Select(ReadingBody.From)],
        e.Account is { } a ? new ExportedAccountBody(a.Id, a.UserName, a.Email, a.DisplayName, a.Disabled) : null,
        [.. e.AuditEntries.Select(AuditEntryBody.From)],
        e.Erasure is { } erasure ? PatientErasureBody.From(erasure) : null);
}

internal sealed record ExportedAccountBody(Guid Id, string? UserName, string? Email, string? DisplayName, bool Disabled);

internal sealed record PatientErasureBody(Guid Id, Guid PatientId, Guid ClinicId, DateTimeOffset ErasedAt, Guid ErasedBy, string Reason, Guid? AccountId)
{
    public static PatientErasureBody From(PatientErasure e) => new(e.Id, e.PatientId, e.ClinicId, e.ErasedAt, e.ErasedBy, e.Reason, e.AccountId);
}
