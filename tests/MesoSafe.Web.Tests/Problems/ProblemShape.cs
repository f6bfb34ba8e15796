using System.Net;
using System.Text.Json;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>The one problem+json shape every API error has (ADR 0204), asserted member by member.</summary>
internal static class ProblemShape
{
    // RFC 9110's section for each status the API answers (the problem's "type").
    private static readonly Dictionary<HttpStatusCode, string> Sections = new()
    {
        [HttpStatusCode.BadRequest] = "15.5.1",
        [HttpStatusCode.Unauthorized] = "15.5.2",
        [HttpStatusCode.Forbidden] = "15.5.4",
        [HttpStatusCode.NotFound] = "15.5.5",
        [HttpStatusCode.MethodNotAllowed] = "15.5.6",
        [HttpStatusCode.Conflict] = "15.5.10",
        [HttpStatusCode.RequestEntityTooLarge] = "15.5.14",
        [HttpStatusCode.RequestUriTooLong] = "15.5.15",
        [HttpStatusCode.UnsupportedMediaType] = "15.5.16",
        [HttpStatusCode.UnprocessableEntity] = "15.5.21",
        [HttpStatusCode.InternalServerError] = "15.6.1",
    };

    /// <summary>The problem's "type" for a status: RFC 9110's section, RFC 6585's for 431.</summary>
    public static string TypeOf(HttpStatusCode status) => status == HttpStatusCode.RequestHeaderFieldsTooLarge
        ? "https://tools.ietf.org/html/rfc6585#section-5"
        : "https://tools.ietf.org/html/rfc9110#section-" + Sections[status];

    /// <summary>Words that only a leaked exception would put in an answer: a stack frame, a source
    /// file or folder, a .NET type or exception name.</summary>
    public static readonly string[] LeakMarkers =
    [
        "   at ", " at Microsoft.", " at System.", " at MesoSafe.", ".cs:line", "/work/", "/tmp/", "/src/", "/home/", "\\src\\",
        "Exception", "System.", "Microsoft.", "MesoSafe.", "stackTrace", "StackTrace", "Npgsql", "SQLite", "22021",
    ];

    /// <summary>Fails when the body carries anything of an exception.</summary>
    public static void AssertNoLeak(string body)
    {
        foreach (var marker in LeakMarkers)
        {
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"The answer leaks '{marker}': {body[..Math.Min(body.Length, 600)]}");
        }
    }

    /// <summary>Checks the shape and returns the body: type, title, status, detail, code; errors
    /// keyed by field; fieldErrors and problems holding the same {field, code, message} entries.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.BodyAsync();
        Assert.Equal(TypeOf(status), body.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        Assert.Equal(code, body.GetProperty("code").GetString());

        var fieldErrors = body.GetProperty("fieldErrors");
        var problems = body.GetProperty("problems");
        Assert.Equal(JsonValueKind.Array, fieldErrors.ValueKind);
        Assert.Equal(fieldErrors.GetRawText(), problems.GetRawText());
        var entries = fieldErrors.EnumerateArray()
            .Select(e => (Field: e.GetProperty("field").GetString()!, Code: e.GetProperty("code").GetString()!, Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Field) || string.IsNullOrWhiteSpace(e.Code) || string.IsNullOrWhiteSpace(e.Message)));

        var errors = body.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()).ToList());
        if (entries.Count == 0)
        {
            // Nothing wrong with a field: the whole request ("$") carries the detail.
            Assert.Equal(["$"], errors.Keys);
            Assert.Equal([body.GetProperty("detail").GetString()], errors["$"]);
        }
        else
        {
            Assert.Equal(entries.Select(e => e.Field).Distinct().Order(StringComparer.Ordinal), errors.Keys.Order(StringComparer.Ordinal));
            Assert.All(entries, e => Assert.Contains(e.Message, errors[e.Field]));
        }

        return body;
    }

    /// <summary>The (field, code) pairs of the entries.</summary>
    public static IReadOnlyList<(string Field, string Code)> Entries(JsonElement body) =>
        [.. body.GetProperty("problems").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("code").GetString()!))];
}
