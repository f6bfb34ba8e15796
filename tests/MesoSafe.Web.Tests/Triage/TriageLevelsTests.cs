using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MesoSafe.Web.Tests.Triage;

/// <summary>Triage levels through HTTP: the same wire layer and engine as the command line.</summary>
public sealed class TriageLevelsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("can't breathe", "emergency")]
    [InlineData("swelling", "self-care")]
    [InlineData("pus", "urgent")]
    public async Task Triages_to_the_level_the_rules_require(string symptom, string level)
    {
        var request = "{\"sessionDate\":\"2026-11-10\",\"reportedOn\":\"2026-11-11\",\"symptoms\":[{\"code\":\"" + symptom + "\"}]}";
        using var content = new StringContent(request, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/v1/triage/evaluate", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(level, body.GetProperty("level").GetString());
        Assert.False(body.TryGetProperty("id", out _));
    }
}
