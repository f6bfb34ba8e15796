using MesoSafe.Records.Audit;

namespace MesoSafe.Web.Features.Audit;

internal sealed record AuditEntryBody(
    long Id, DateTimeOffset At, Guid? UserId, string? IpAddress, string Action, string EntityType, string EntityId, Guid? PatientId)
{
    public static AuditEntryBody From(AuditEntry a) => new(a.Id, a.At, a.UserId, a.IpAddress, a.Action, a.EntityType, a.EntityId, a.PatientId);
}
