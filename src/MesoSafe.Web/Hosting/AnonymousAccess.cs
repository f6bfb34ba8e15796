namespace MesoSafe.Web.Hosting;

/// <summary>The only doors open without sign-in (ADR 0410); everything else falls to the fallback
/// policy, a signed-in user. A test sends every endpoint and page of the running app without
/// sign-in: it fails on an open door missing here and on a door listed here that no longer exists.</summary>
public static class AnonymousAccess
{
    /// <summary>API endpoints by method and route pattern, as the endpoint data source spells them.
    /// Each carries <c>AllowAnonymous()</c> where it is mapped, beside its other metadata.</summary>
    public static readonly IReadOnlyList<AnonymousDoor> Endpoints =
    [
        new("GET", "/health", "probed by load balancers and process supervisors; answers only \"healthy\""),
        new("POST", "/api/v1/screenings/evaluate", "ADR 0201: stateless, stores and reads nothing (contract.md)"),
        new("POST", "/api/v1/triage/evaluate", "ADR 0201: stateless, stores and reads nothing (contract.md)"),
        new("POST", "/api/v1/auth/token", "how an API client signs in"),
        new("GET", "/openapi/{documentName}.json", "the API's contract for integrators; describes no record"),
    ];

    /// <summary>Razor pages by page name, made anonymous from this list (<see cref="OpenPages"/>). A page
    /// answers every method; one without a handler for it refuses it (400 or 405).</summary>
    public static readonly IReadOnlyList<AnonymousDoor> Pages =
    [
        new("GET,POST", "/Index", "the welcome page: what MesoSafe does and a sign-in link; signed-in people go to their role's home"),
        new("GET,POST", "/Account/SignIn", "the sign-in page"),
        new("GET,POST", "/Account/TwoFactor", "the second step of sign-in: the password is checked, the code is not yet (ADR 0411)"),
        new("GET,POST", "/Account/SignOut", "signing out must work when the session has already ended"),
        new("GET,POST", "/Account/Denied", "the status page for a role that may not see a page"),
        new("GET,POST", "/Accessibility", "the accessibility statement is for everyone (it tells how to report a barrier)"),
    ];

    public static void OpenPages(Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions)
    {
        foreach (var page in Pages)
        {
            conventions.AllowAnonymousToPage(page.Route);
        }
    }

    /// <summary>Files under wwwroot (MapStaticAssets): the stylesheets, scripts and icons that the
    /// sign-in page itself needs. They hold no record.</summary>
    public const string StaticFiles = "every file under wwwroot (MapStaticAssets)";
}

/// <summary>One anonymous door: its methods (comma-separated), its route or page name, and why it is open.</summary>
public sealed record AnonymousDoor(string Methods, string Route, string Why);
