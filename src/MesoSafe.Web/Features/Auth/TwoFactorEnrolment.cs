using System.Security.Claims;
using MesoSafe.Records;
using MesoSafe.Records.Clinics;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Features.Auth;

/// <summary>Whether an account must set up two-factor sign-in before anything else: an administrator
/// without it, in a clinic whose setting requires it (ADR 0411).</summary>
public sealed class TwoFactorEnrolment(MesoSafeDbContext db)
{
    public const string SetupPage = "/Account/TwoFactorSetup";

    public async Task<bool> IsRequiredAsync(Guid userId, CancellationToken ct = default)
    {
        var adminRole = ClinicRoles.Admin.ToUpperInvariant();
        return await db.Users.AnyAsync(
            u => u.Id == userId && !u.TwoFactorEnabled
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == adminRole))
                && db.ClinicMemberships.Any(m => m.UserId == u.Id && db.Clinics.Any(c => c.Id == m.ClinicId && c.RequireAdminTwoFactor)),
            ct);
    }

    /// <summary>Only administrators are looked up; a session signed in with two factors ("amr" is
    /// "mfa") has nothing to set up.</summary>
    public Task<bool> IsRequiredAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        user.Identity?.IsAuthenticated == true
            && user.IsInRole(ClinicRoles.Admin)
            && !user.HasClaim("amr", "mfa")
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? IsRequiredAsync(id, ct)
            : Task.FromResult(false);
}

/// <summary>Sends an administrator who must set up two-factor sign-in to the set-up page (pages), or
/// answers 403 <c>two-factor-enrolment-required</c> (API), on every path but sign-in, sign-out,
/// the set-up page itself, health and static files.</summary>
internal sealed class TwoFactorEnrolmentGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TwoFactorEnrolment enrolment)
    {
        var path = context.Request.Path;
        var exempt = path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/favicon.ico", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/favicon.svg", StringComparison.OrdinalIgnoreCase);
        if (exempt || !await enrolment.IsRequiredAsync(context.User, context.RequestAborted))
        {
            await next(context);
            return;
        }

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await Problems.ApiProblem.Create(
                StatusCodes.Status403Forbidden,
                "Two-factor sign-in must be set up first.",
                Problems.ApiProblemCodes.TwoFactorEnrolmentRequired,
                "This clinic requires two-factor sign-in for administrators: set it up on " + TwoFactorEnrolment.SetupPage + ".").ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(TwoFactorEnrolment.SetupPage + "?returnUrl=" + Uri.EscapeDataString(path + context.Request.QueryString));
    }
}
