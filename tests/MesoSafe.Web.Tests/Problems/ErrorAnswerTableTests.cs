using System.Net;
using System.Text;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>Issue 20, item 6: every error is problem+json, the framework's own too (ADR 0206). A table
/// of requests that are wrong in every way the framework notices before an endpoint runs, each with
/// the status and code it must get, the problem shape of ADR 0204, and nothing of an exception.</summary>
public sealed class ErrorAnswerTableTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    /// <summary>One request: who sends it, what, and what it must get (the field of the one entry, if any).</summary>
    public sealed record Row(string Name, bool SignedIn, HttpMethod Method, string Path, string? Body, string? ContentType, HttpStatusCode Status, string Code, string? Field = null)
    {
        public string? Accept { get; init; }

        public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

        public override string ToString() => Name;
    }

    private static readonly Guid SomeId = Guid.Parse("6f1d1f0e-0000-4000-8000-000000000001");

    public static readonly Row[] Rows =
    [
        new("unknown route under /api", false, HttpMethod.Get, "/api/v1/no-such-resource", null, null, HttpStatusCode.NotFound, "not-found"),
        new("unknown route under /api, asking for HTML", false, HttpMethod.Get, "/api/v1/no-such-resource", null, null, HttpStatusCode.NotFound, "not-found") { Accept = "text/html" },
        new("unknown page asked for as JSON", false, HttpMethod.Get, "/no-such-page", null, null, HttpStatusCode.NotFound, "not-found") { Accept = "application/json" },
        new("unknown page with no Accept", false, HttpMethod.Get, "/no-such-page", null, null, HttpStatusCode.NotFound, "not-found"),
        new("an id that is not a GUID", true, HttpMethod.Get, "/api/v1/patients/not-a-guid", null, null, HttpStatusCode.NotFound, "not-found"),
        new("wrong verb on a contract endpoint", false, HttpMethod.Delete, "/api/v1/screenings/evaluate", null, null, HttpStatusCode.MethodNotAllowed, "method-not-allowed"),
        new("wrong verb on a records endpoint", true, HttpMethod.Patch, "/api/v1/patients", "{}", "application/json", HttpStatusCode.MethodNotAllowed, "method-not-allowed"),
        new("signed out", false, HttpMethod.Get, "/api/v1/patients", null, null, HttpStatusCode.Unauthorized, "sign-in-required"),
        new("text/plain to a records endpoint", true, HttpMethod.Post, "/api/v1/patients", "{}", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type"),
        new("form data to a records endpoint", true, HttpMethod.Post, "/api/v1/plans", "a=1", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type"),
        new("text/plain to a contract endpoint", false, HttpMethod.Post, "/api/v1/triage/evaluate", "{}", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type"),
        new("malformed JSON", true, HttpMethod.Post, "/api/v1/plans", "{,}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "body"),
        new("JSON cut short names the field it stopped in", true, HttpMethod.Post, "/api/v1/plans", "{\"patientId\":", "application/json", HttpStatusCode.BadRequest, "invalid-json", "patientId"),
        new("a JSON array for an object", true, HttpMethod.Post, "/api/v1/plans", "[]", "application/json", HttpStatusCode.BadRequest, "invalid-json", "body"),
        new("a JSON string for an object", true, HttpMethod.Post, "/api/v1/sessions", "\"session\"", "application/json", HttpStatusCode.BadRequest, "invalid-json", "body"),
        new("a number too big for its field", true, HttpMethod.Post, "/api/v1/plans", "{\"sessions\":99999999999}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "sessions"),
        new("a fraction for a whole number", true, HttpMethod.Post, "/api/v1/plans", "{\"intervalDays\":1.5}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "intervalDays"),
        new("a number for a GUID", true, HttpMethod.Post, "/api/v1/plans", "{\"patientId\":42}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "patientId"),
        new("an impossible date", true, HttpMethod.Post, "/api/v1/check-ins", "{\"reportedOn\":\"2026-02-30\"}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "reportedOn"),
        new("a year past 9999", true, HttpMethod.Post, "/api/v1/lots", "{\"expiry\":\"10000-01-01\"}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "expiry"),
        new("an empty body", true, HttpMethod.Post, "/api/v1/plans", "", "application/json", HttpStatusCode.BadRequest, "bad-request", "body"),
        new("a JSON body 10,000 deep", true, HttpMethod.Post, "/api/v1/plans", new string('[', 10_000) + new string(']', 10_000), "application/json", HttpStatusCode.BadRequest, "invalid-json"),
        new("a query date that is no date", true, HttpMethod.Get, "/api/v1/sessions?from=yesterday", null, null, HttpStatusCode.BadRequest, "bad-request", "from"),
        new("a query id that is no GUID", true, HttpMethod.Get, "/api/v1/sessions?patientId=abc", null, null, HttpStatusCode.BadRequest, "bad-request", "patientId"),
        new("a NUL in a name", true, HttpMethod.Post, "/api/v1/patients", "{\"givenName\":\"A\\u0000B\"}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "body"),
        new("a NUL in a sign-in e-mail", false, HttpMethod.Post, "/api/v1/auth/token", "{\"email\":\"\\u0000@x.org\",\"password\":\"p\"}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "body"),
        new("the text \\u0000 is no NUL", false, HttpMethod.Post, "/api/v1/auth/token", "{\"email\":\"\\\\u0000@x.org\",\"password\":\"p\"}", "application/json", HttpStatusCode.Unauthorized, "invalid-credentials"),
        new("a NUL in a query", true, HttpMethod.Get, "/api/v1/patients?name=a%00b", null, null, HttpStatusCode.BadRequest, "bad-request", "query"),
        new("a query flag that is no boolean", true, HttpMethod.Get, "/api/v1/check-ins?submitted=perhaps", null, null, HttpStatusCode.BadRequest, "bad-request", "submitted"),
        new("a wrong type in a follow-up", true, HttpMethod.Post, $"/api/v1/adverse-events/{SomeId}/follow-ups", "{\"version\":\"one\"}", "application/json", HttpStatusCode.BadRequest, "invalid-json", "version"),
        new("a body over the contract's limit", false, HttpMethod.Post, "/api/v1/screenings/evaluate", "{\"id\":\"" + new string('x', 3 * 1024 * 1024) + "\"}", "application/json", HttpStatusCode.RequestEntityTooLarge, "body-too-large"),
        new("a URI of 9,000 characters", true, HttpMethod.Get, "/api/v1/patients?q=" + new string('a', 9_000), null, null, HttpStatusCode.RequestUriTooLong, "uri-too-long"),
        new("a URI of 9,000 characters outside /api", false, HttpMethod.Get, "/" + new string('a', 9_000), null, null, HttpStatusCode.RequestUriTooLong, "uri-too-long") { Accept = "text/html" },
        new("a header of 40 KB", true, HttpMethod.Get, "/api/v1/patients", null, null, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers-too-large") { Headers = [("X-Filler", new string('h', 40 * 1024))] },
        new("150 headers", true, HttpMethod.Get, "/api/v1/patients", null, null, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers-too-large") { Headers = [.. Enumerable.Range(0, 150).Select(i => ($"X-Filler-{i}", "x"))] },
    ];

    public static TheoryData<string> RowNames() => [.. Rows.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RowNames))]
    public async Task Every_framework_error_is_problem_json_with_its_status_and_code(string name)
    {
        var row = Rows.Single(r => r.Name == name);
        var app = await fixture.AppAsync("sqlite");
        var client = row.SignedIn ? (await ClinicWorld.CreateAsync(app)).Practitioner : app.CreateClient();
        using var request = new HttpRequestMessage(row.Method, row.Path);
        if (row.Body is not null)
        {
            request.Content = new StringContent(row.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(row.ContentType!);
        }

        if (row.Accept is not null)
        {
            request.Headers.Accept.ParseAdd(row.Accept);
        }

        foreach (var (header, value) in row.Headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        var response = await client.SendTestAsync(request);

        var body = await ProblemShape.AssertAsync(response, row.Status, row.Code);
        ProblemShape.AssertNoLeak(body.GetRawText());
        if (row.Field is not null)
        {
            Assert.Equal([(row.Field, row.Code)], ProblemShape.Entries(body));
        }
    }

    [Fact]
    public async Task A_browser_asking_for_a_page_that_does_not_exist_gets_the_html_page()
    {
        var client = (await fixture.AppAsync("sqlite")).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var response = await client.SendTestAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
