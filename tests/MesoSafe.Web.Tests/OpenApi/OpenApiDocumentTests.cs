using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MesoSafe.Web.Tests.OpenApi;

public sealed class OpenApiDocumentTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("/api/v1/screenings/evaluate")]
    [InlineData("/api/v1/triage/evaluate")]
    public async Task Describes_the_evaluate_endpoint_with_request_result_and_validation_problem(string path)
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var post = document.GetProperty("paths").GetProperty(path).GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        var responses = post.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.TryGetProperty("415", out _));
    }

    [Fact]
    public async Task Spells_decisions_as_the_wire_does_and_requires_only_date_and_plan()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var schemas = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("components").GetProperty("schemas");
        Assert.Equal(
            ["eligible", "eligible-with-precautions", "needs-review", "deferred", "contraindicated"],
            schemas.GetProperty("ScreeningDecision").GetProperty("enum").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal(
            ["date", "plan"],
            schemas.GetProperty("ScreeningRequest").GetProperty("required").EnumerateArray().Select(value => value.GetString()).Order(StringComparer.Ordinal));
    }
}
