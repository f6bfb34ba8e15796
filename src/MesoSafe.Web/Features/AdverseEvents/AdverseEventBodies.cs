using MesoSafe.Records.AdverseEvents;

namespace MesoSafe.Web.Features.AdverseEvents;

internal sealed record AdverseEventBody(
    Guid Id, Guid PatientId, Guid ClinicId, Guid? SessionId, string EventCode, bool Serious, DateOnly Onset, DateTimeOffset CreatedAt,
    long Version, IReadOnlyList<AdverseEventReportBody> Reports)
{
    public static AdverseEventBody From(AdverseEvent a) => new(
        a.Id, a.PatientId, a.ClinicId, a.SessionId, a.EventCode, a.Serious, a.Onset, a.CreatedAt, a.Version, [.. a.Reports.Select(AdverseEventReportBody.From)]);
}

internal sealed record AdverseEventReportBody(
    Guid Id, Guid AdverseEventId, int Number, string EventCode, DateOnly Onset, IReadOnlyList<string> Seriousness, string Severity,
    string Outcome, string Causality, IReadOnlyList<Guid> SuspectLotIds, IReadOnlyList<Guid> SuspectProductIds, string ReporterType,
    Guid? ReportedBy, string? Narrative, DateTimeOffset RecordedAt)
{
    public static AdverseEventReportBody From(AdverseEventReport r) => new(
        r.Id, r.AdverseEventId, r.Number, r.EventCode, r.Onset, r.Seriousness, r.Severity, r.Outcome, r.Causality, r.SuspectLotIds,
        r.SuspectProductIds, r.ReporterType, r.ReportedBy, r.Narrative, r.RecordedAt);
}
