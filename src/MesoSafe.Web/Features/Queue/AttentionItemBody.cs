using MesoSafe.Records.Aftercare;

namespace MesoSafe.Web.Features.Queue;

internal sealed record AttentionItemBody(
    Guid Id, Guid ClinicId, Guid PatientId, string Reason, int Priority, Guid? CheckInId, bool Unread, IReadOnlyList<string> UnreadWords,
    Guid? SessionId, Guid? LotId, DateTimeOffset RaisedAt, DateTimeOffset? ResolvedAt, Guid? ResolvedBy, long Version)
{
    public static AttentionItemBody From(AttentionItem a) => new(
        a.Id, a.ClinicId, a.PatientId, a.Reason, a.Priority, a.CheckInId, a.Unread, a.UnreadWords, a.SessionId, a.LotId, a.RaisedAt, a.ResolvedAt, a.ResolvedBy, a.Version);
}
