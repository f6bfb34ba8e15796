using System.Security.Claims;
using MesoSafe.Records;
using MesoSafe.Records.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Features.Auth;

/// <summary>Keeps each signed-in session on the server; the cookie carries only the session's key.
/// Signing out removes the session, so a copy of the old cookie is refused afterwards (by pages and
/// the API alike) instead of staying valid until it expires (ADR 0503). The sessions live in the
/// database (table SignInSessions), so every app server on it knows every session (ADR 0411).</summary>
internal sealed class ServerSideSessions(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromHours(12);

    private readonly IDataProtector _protector = protection.CreateProtector("MesoSafe.ServerSideSessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(SignInSession.KeyLength / 2));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesoSafeDbContext>();
        // Expired sessions are swept as new ones come: no timer, and the table stays the size of the signed-in staff.
        var now = clock.GetUtcNow();
        await db.SignInSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        db.SignInSessions.Add(new SignInSession
        {
            Key = key,
            UserId = UserId(ticket),
            Ticket = Protect(ticket),
            ExpiresAt = Expiry(ticket),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesoSafeDbContext>();
        var bytes = Protect(ticket);
        var expires = Expiry(ticket);
        await db.SignInSessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.ExpiresAt, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesoSafeDbContext>();
        var now = clock.GetUtcNow();
        var bytes = await db.SignInSessions.AsNoTracking()
            .Where(s => s.Key == key && s.ExpiresAt > now)
            .Select(s => s.Ticket)
            .FirstOrDefaultAsync();
        return bytes is null ? null : TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesoSafeDbContext>();
        await db.SignInSessions.Where(s => s.Key == key).ExecuteDeleteAsync();
    }

    private static Guid? UserId(AuthenticationTicket ticket) =>
        Guid.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private DateTimeOffset Expiry(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + FallbackLifetime;
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
