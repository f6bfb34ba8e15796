using MesoSafe.Records;
using MesoSafe.Records.Access;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>The signed-in user's <see cref="CallerScope"/> (their clinics or their own records),
/// loaded once per request, exactly as the API loads it (audit actor included).</summary>
public sealed class PageCaller(IHttpContextAccessor http, MesoSafeDbContext db)
{
    private CallerScope? _scope;

    public async Task<CallerScope> ScopeAsync(CancellationToken ct) =>
        _scope ??= await CallerScopes.ForAsync(http.HttpContext ?? throw new InvalidOperationException("No request."), db);
}
