using Microsoft.Net.Http.Headers;

namespace MesoSafe.Web.Features.Problems;

/// <summary>Who gets an error as problem+json and who as an HTML page (ADR 0206): every request
/// under <c>/api</c>, <c>/openapi</c> and <c>/health</c> gets problem+json whatever it accepts;
/// elsewhere a request that asks for JSON, or does not ask for HTML (no Accept, <c>*/*</c>, curl, a
/// script), gets problem+json too, and only a request asking for HTML (a browser's navigation) gets
/// the friendly page.</summary>
internal static class ApiRequests
{
    public static bool WantsProblem(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var asksForHtml = false;
        foreach (var value in context.Request.Headers.Accept)
        {
            if (string.IsNullOrEmpty(value) || !MediaTypeHeaderValue.TryParseList([value], out var types))
            {
                continue;
            }

            foreach (var type in types)
            {
                var name = type.MediaType.Value ?? "";
                if (name.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                asksForHtml |= name.Equals("text/html", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
            }
        }

        return !asksForHtml;
    }
}
