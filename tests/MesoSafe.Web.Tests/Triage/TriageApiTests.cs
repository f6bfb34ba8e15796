using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MesoSafe.Web.Tests.Triage;

public sealed class TriageApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Path = "/api/v1/triage/evaluate";

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync(Path, content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Answers_a_valid_request_with_200_and_a_level()
    {
        var (response, body) = await PostAsync("""
            {"id":"t-4","sessionDate":"2026-11-10","reportedOn":"2026-11-12","areas":["face"],
             "substances":["hyaluronic-acid"],"temperatureC":37.1,
             "symptoms":[{"code":"swelling","severity":"mild","startedDaysAfterSession":0,"spreading":false,"worsening":false}]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("t-4", body.GetProperty("id").GetString());
        Assert.Contains(body.GetProperty("level").GetString(), new[] { "self-care", "review", "urgent", "emergency" });
    }

    [Fact]
    public async Task Answers_400_naming_every_bad_field_and_never_500()
    {
        var (response, body) = await PostAsync("""
            {"id":"t-bad","sessionDate":"2026-11-10","reportedOn":"2026-11-01","temperatureC":99,
             "symptoms":[{"code":"pain","severity":"extreme"},null,{"severity":"mild"}]}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("t-bad", body.GetProperty("id").GetString());
        Assert.Equal(
            ["reportedOn", "symptoms[0].severity", "symptoms[1]", "symptoms[2].code", "temperatureC"],
            body.GetProperty("errors").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Answers_415_without_a_content_type()
    {
        using var content = new ByteArrayContent("{}"u8.ToArray());

        var response = await factory.CreateClient().PostAsync(Path, content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
