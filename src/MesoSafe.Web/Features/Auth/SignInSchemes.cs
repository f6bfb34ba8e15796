using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MesoSafe.Web.Features.Auth;

/// <summary>Pages sign in with the Identity cookie, API clients with a bearer token; one policy
/// scheme picks by the Authorization header. /api paths answer 401/403, never a redirect.
/// Cookie sessions are kept on the server (<see cref="ServerSideSessions"/>), so signing out ends them.</summary>
internal static class SignInSchemes
{
    public const string CookieOrBearer = "MesoSafe.CookieOrBearer";

    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = CookieOrBearer;
            o.DefaultAuthenticateScheme = CookieOrBearer;
            o.DefaultChallengeScheme = CookieOrBearer;
            o.DefaultForbidScheme = CookieOrBearer;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.Cookie.Name = "MesoSafe.Auth";
            o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
        });
        services.AddSingleton<ITicketStore, ServerSideSessions>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, UseServerSideSessions>();
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
