using System.Security.Claims;
using MesoSafe.Records;
using MesoSafe.Records.Access;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>The signed-in user's <see cref="CallerScope"/> (their clinics or their own records),
/// loaded once per request.</summary>
public sealed class PageCaller(IHttpContextAccessor http, MesoSafeDbContext db)
{
    private CallerScope? _scope;

    public async Task<CallerScope> ScopeAsync(CancellationToken ct)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        var user = http.HttpContext?.User ?? throw new InvalidOperationException("No request.");
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
        _scope = await CallerScope.LoadAsync(db, id, roles, ct);
        return _scope;
    }
}
