using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace MesoSafe.Web.Features.Auth;

/// <summary>Keeps each signed-in session on the server; the cookie carries only the session's key.
/// Signing out removes the session, so a copy of the old cookie is refused afterwards (by pages and
/// the API alike) instead of staying valid until it expires. The sessions live in the distributed
/// cache (in memory by default: a restart signs everybody out, which errs on the safe side).</summary>
internal sealed class ServerSideSessions(IDistributedCache cache, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    private const string KeyPrefix = "MesoSafe.Session.";

    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromHours(12);

    private readonly IDataProtector _protector = protection.CreateProtector("MesoSafe.ServerSideSessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var bytes = _protector.Protect(TicketSerializer.Default.Serialize(ticket));
        var expires = ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + FallbackLifetime;
        return cache.SetAsync(KeyPrefix + key, bytes, new DistributedCacheEntryOptions { AbsoluteExpiration = expires });
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var bytes = await cache.GetAsync(KeyPrefix + key);
        return bytes is null ? null : TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
    }

    public Task RemoveAsync(string key) => cache.RemoveAsync(KeyPrefix + key);
}

/// <summary>Hands the cookie handler its session store once the container is built.</summary>
internal sealed class UseServerSideSessions(ITicketStore sessions) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
        {
            options.SessionStore = sessions;
        }
    }
}
