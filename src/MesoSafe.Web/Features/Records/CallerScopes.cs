using System.Security.Claims;
using MesoSafe.Records;
using MesoSafe.Records.Access;

namespace MesoSafe.Web.Features.Records;

/// <summary>Loads what the signed-in caller may see, and marks them (and their address) as the
/// actor of every audit entry written in this request.</summary>
internal static class CallerScopes
{
    public static async Task<CallerScope> ForAsync(HttpContext context, MesoSafeDbContext db)
    {
        var id = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        db.Actor.UserId = id == Guid.Empty ? null : id;
        db.Actor.IpAddress = context.Connection.RemoteIpAddress?.ToString();
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        return await CallerScope.LoadAsync(db, id, roles, context.RequestAborted);
    }
}
