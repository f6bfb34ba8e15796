using FsCheck;
using FsCheck.Xunit;
using MesoSafe.Web.Features.Problems;
using Microsoft.AspNetCore.Http;

namespace MesoSafe.Web.Tests.Properties;

/// <summary>Who gets problem+json (ADR 0206), over any Accept header FsCheck makes up: an API path
/// always; elsewhere whoever names JSON; an HTML page only for a client that asks for HTML and not JSON.</summary>
public sealed class ApiRequestsProperties
{
    private static readonly string[] Paths = ["/api/v1/patients", "/API/v1/x", "/openapi/v1.json", "/health", "/", "/Practitioner", "/no-such-page"];

    private static HttpContext Request(string path, string? accept)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        return context;
    }

    [Property(MaxTest = 300)]
    public bool An_api_path_always_gets_problem_json(NonNegativeInt which, string? accept) =>
        ApiRequests.WantsProblem(Request(Paths[which.Get % 4], accept));

    [Property(MaxTest = 300)]
    public bool Naming_json_anywhere_gets_problem_json(NonNegativeInt which, bool html, bool problem) =>
        ApiRequests.WantsProblem(Request(Paths[which.Get % Paths.Length], (html ? "text/html, " : "") + (problem ? "application/problem+json" : "application/json;q=0.5")));

    [Property(MaxTest = 300)]
    public bool Outside_the_api_a_page_goes_to_whoever_asks_for_html_alone(NonNegativeInt which, bool html, bool star)
    {
        var path = Paths[4 + (which.Get % 3)];
        var accept = string.Join(", ", new[] { html ? "text/html" : null, star ? "*/*;q=0.8" : null, "image/webp" }.Where(a => a is not null));
        return ApiRequests.WantsProblem(Request(path, accept)) == !html;
    }
}
