namespace MesoSafe.Web.Hosting;

/// <summary>The headers every answer carries (ADR 0410): pages, API answers, errors and static files.
/// Set when the answer starts, so an exception handler that clears the response keeps them.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>Same origin only, nothing inline: every script and style is a file under wwwroot.
    /// frame-ancestors 'none' refuses framing (clickjacking); form-action keeps forms posting home.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>No powerful browser feature is used by any page: all refused.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private static readonly KeyValuePair<string, string>[] Values =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        // Addresses carry patient names in query strings (a search): they never leave in a Referer.
        new("Referrer-Policy", "no-referrer"),
        new("Permissions-Policy", PermissionsPolicy),
        // frame-ancestors for today's browsers, X-Frame-Options for older ones.
        new("X-Frame-Options", "DENY"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
        new("Cross-Origin-Resource-Policy", "same-origin"),
    ];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                foreach (var (name, value) in Values)
                {
                    headers[name] = value;
                }

                return Task.CompletedTask;
            },
            context.Response);
        return next(context);
    }
}
