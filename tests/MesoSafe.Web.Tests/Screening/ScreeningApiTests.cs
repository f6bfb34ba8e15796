using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MesoSafe.Web.Tests.Screening;

public sealed class ScreeningApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Path = "/api/v1/screenings/evaluate";

    private const string ValidRequest = """
        {"id":"case-17","date":"2026-11-22",
         "patient":{"birthDate":"1990-05-01","sex":"female","previousMesotherapy":false},
         "conditions":[],"allergies":[],"medications":[],"habits":{"smoker":false,"alcohol":false},
         "plan":{"indication":"hair-loss","areas":["scalp"],"substances":["biotin","dexpanthenol"],
                 "anesthetic":null,"technique":"point-by-point","depthMm":2.0,"combinedWith":[]}}
        """;

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await factory.CreateClient().PostAsync(Path, content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Answers_a_valid_request_with_200_and_the_result_echoing_the_id()
    {
        var (response, body) = await PostAsync(ValidRequest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("case-17", body.GetProperty("id").GetString());
        Assert.Contains(
            body.GetProperty("decision").GetString(),
            new[] { "eligible", "eligible-with-precautions", "needs-review", "deferred", "contraindicated" });
        Assert.Equal(JsonValueKind.Array, body.GetProperty("findings").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("unrecognized").ValueKind);
    }

    [Fact]
    public async Task Answers_400_problem_json_naming_every_bad_field()
    {
        var (response, body) = await PostAsync("""
            {"id":"bad","date":"2026-13-45","conditions":[null],"habits":{"smoker":"often"},
             "plan":{"depthMm":-2,"substances":["biotin",3]}}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Equal("invalid-request", body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
        Assert.Equal(
            ["conditions[0]", "date", "habits.smoker", "plan.depthMm", "plan.substances[1]"],
            body.GetProperty("errors").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
        Assert.Contains(
            body.GetProperty("fieldErrors").EnumerateArray(),
            error => error.GetProperty("field").GetString() == "date" && error.GetProperty("code").GetString() == "invalid-date");
    }

    [Theory]
    [InlineData("{\"date\":", "invalid-json")]
    [InlineData("", "invalid-json")]
    [InlineData("[]", "not-an-object")]
    [InlineData("{\"date\":\"2026-11-22\"}", "invalid-request")]
    public async Task Answers_400_for_a_body_that_is_not_a_valid_request(string text, string code)
    {
        var (response, body) = await PostAsync(text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.NotEmpty(body.GetProperty("errors").EnumerateObject());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Answers_415_for_a_body_that_is_not_json(string contentType)
    {
        var (response, body) = await PostAsync(ValidRequest, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(415, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Answers_413_for_a_body_over_the_limit()
    {
        var huge = "{\"date\":\"2026-11-22\",\"text\":\"" + new string('x', 3 * 1024 * 1024) + "\",\"plan\":{}}";

        var (response, body) = await PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body-too-large", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Answers_400_not_500_for_a_body_that_is_not_utf8()
    {
        using var content = new ByteArrayContent([.. "{\"date\":\"2026-11-22\",\"conditions\":[\""u8, 0xFF, .. "\"],\"plan\":{}}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await factory.CreateClient().PostAsync(Path, content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Accepts_a_byte_order_mark_before_the_json()
    {
        var (response, _) = await PostAsync("\uFEFF" + ValidRequest);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
