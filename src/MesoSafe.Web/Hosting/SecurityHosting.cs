using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace MesoSafe.Web.Hosting;

/// <summary>Locked by default and the transport (ADR 0410): a fallback policy that wants a signed-in
/// user, the security headers, no Server header, and, when an HTTPS endpoint is configured, HTTPS
/// redirection, HSTS and cookies sent only over HTTPS. The pages take the anonymous list in
/// <see cref="Pages.MesoSafePages"/>, beside the role conventions.</summary>
public static class SecurityHosting
{
    public static WebApplicationBuilder AddMesoSafeSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, NoEndpointNoDoor>();

        // SameAsRequest would still send a cookie over plain HTTP when that endpoint is open too.
        var secure = HttpsConfigured(builder.Configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = secure);
        builder.Services.PostConfigure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = secure);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            // HSTS is sent only over HTTPS, which is on only when a certificate is configured: honour
            // it for every host name, loopback included (the default leaves localhost out).
            o.ExcludedHosts.Clear();
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that every answer, errors included, gets the headers.</summary>
    public static WebApplication UseMesoSafeSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (HttpsConfigured(app.Configuration))
        {
            // A plain HTTP endpoint left open serves only the health probe; people and clients are
            // sent to HTTPS before any cookie or token is read.
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), https => https.UseHttpsRedirection());
        }

        return app;
    }

    /// <summary>An HTTPS endpoint in Kestrel's configuration (Kestrel:Endpoints:NAME:Url) or in urls.</summary>
    public static bool HttpsConfigured(IConfiguration configuration) =>
        configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => IsHttps(e["Url"]))
        || (configuration["urls"] ?? "").Split(';').Any(IsHttps);

    private static bool IsHttps(string? url) => url?.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
}
