using System.Net;
using System.Text;
using MesoSafe.Web.Hosting;
using MesoSafe.Web.Tests.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MesoSafe.Web.Tests.Security;

/// <summary>Issue 11 item 2 (ADR 0410): every endpoint and page of the running app, each of its
/// methods, sent without sign-in. Authorization does not touch the database, so one provider
/// (SQLite) is enough here; the access matrix covers both databases.</summary>
public sealed class AnonymousAccessTests(RecordsFixture fixture, ITestOutputHelper output) : IClassFixture<RecordsFixture>
{
    private static readonly string[] PageMethods = ["GET", "POST"];

    [Fact]
    public async Task Without_sign_in_every_door_answers_401_or_the_sign_in_page_unless_it_is_on_the_anonymous_list()
    {
        var app = await fixture.AppAsync(TestDatabase.Sqlite);
        var doors = Doors(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrong = new List<string>();
        var open = 0;
        foreach (var door in doors)
        {
            using var request = new HttpRequestMessage(new HttpMethod(door.Method), door.Path);
            request.Headers.Accept.ParseAdd(door.Path.StartsWith("/api/", StringComparison.Ordinal) ? "application/json" : "text/html");
            if (door.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var locked = IsLocked(door, response);
            if (door.Listed)
            {
                open++;
                if (locked)
                {
                    wrong.Add($"{door} is on the anonymous list but answers {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
            else if (!locked && response.StatusCode != HttpStatusCode.NotFound)
            {
                wrong.Add($"{door} answers {(int)response.StatusCode} without sign-in and is not on the anonymous list");
            }
        }

        output.WriteLine($"{doors.Count} method x route pairs sent ({doors.Select(d => d.Pattern).Distinct().Count()} route patterns); {open} open by the list, {doors.Count - open} locked.");
        Assert.True(doors.Count(d => d.Path.StartsWith("/api/v1/patients", StringComparison.Ordinal)) >= 5, "the records API was not enumerated");
        Assert.True(doors.Count(d => d.Path.StartsWith("/Practitioner", StringComparison.Ordinal)) >= 5, "the pages were not enumerated");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Every_door_on_the_anonymous_list_exists_in_the_running_app()
    {
        var endpoints = RouteEndpoints(await fixture.AppAsync(TestDatabase.Sqlite));
        var missing = new List<string>();
        foreach (var door in AnonymousAccess.Endpoints)
        {
            var found = endpoints.Any(e => Normal(e.RoutePattern.RawText) == door.Route
                && door.Methods.Split(',').All(m => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(m) == true));
            if (!found)
            {
                missing.Add($"{door.Methods} {door.Route}");
            }
        }

        foreach (var page in AnonymousAccess.Pages)
        {
            if (!endpoints.Any(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == page.Route))
            {
                missing.Add("page " + page.Route);
            }
        }

        if (!endpoints.Any(e => e.Metadata.GetMetadata<StaticAssetDescriptor>()?.Route == "css/site.css"))
        {
            missing.Add("static file css/site.css");
        }

        Assert.True(missing.Count == 0, "on the anonymous list but not in the app:\n" + string.Join("\n", missing));
    }

    /// <summary>401 for the API (and any client that wants JSON), the sign-in page for people.</summary>
    private static bool IsLocked(Door door, HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect && !door.Path.StartsWith("/api/", StringComparison.Ordinal)
            && response.Headers.Location is { } location
            && new Uri(new Uri("http://localhost"), location).AbsolutePath == "/Account/SignIn");

    private static List<Door> Doors(RecordsApp app)
    {
        var doors = new List<Door>();
        foreach (var endpoint in RouteEndpoints(app))
        {
            var pattern = Normal(endpoint.RoutePattern.RawText);
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var isStatic = endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? (page is not null ? PageMethods : ["GET"]);
            foreach (var method in methods)
            {
                var listed = isStatic
                    || (page is not null
                        ? AnonymousAccess.Pages.Any(d => d.Route == page.ViewEnginePath && d.Methods.Split(',').Contains(method))
                        : AnonymousAccess.Endpoints.Any(d => d.Route == pattern && d.Methods.Split(',').Contains(method)));
                doors.Add(new Door(method, pattern, Fill(endpoint.RoutePattern), listed));
            }
        }

        return doors;
    }

    private static List<RouteEndpoint> RouteEndpoints(RecordsApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>The route with every parameter filled by a fresh Guid.</summary>
    private static string Fill(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart => Guid.NewGuid().ToString(),
                    _ => "",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Normal(string? raw) => "/" + (raw ?? "").TrimStart('/');

    private sealed record Door(string Method, string Pattern, string Path, bool Listed)
    {
        public override string ToString() => $"{Method} {Pattern} ({Path})";
    }
}
