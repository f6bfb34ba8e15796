using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MesoSafe.Web.Tests.Screening;

/// <summary>Decisions through HTTP: the same wire layer and engines as the command line.</summary>
public sealed class ScreeningDecisionsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Theory]
    [InlineData("\"conditions\":[\"pregnancy\"],", "deferred", "pregnancy")]
    [InlineData("\"medications\":[\"Coumadin\"],", "contraindicated", "anticoagulant-therapy")]
    [InlineData("\"medications\":[\"zorblaxin 5 mg\"],", "needs-review", "unrecognized-entry")]
    public async Task Screens_to_the_decision_the_rules_require(string entries, string decision, string finding)
    {
        var request = "{\"id\":\"web\",\"date\":\"2026-11-22\",\"patient\":{\"birthDate\":\"1990-05-01\",\"previousMesotherapy\":true}," + entries
            + "\"plan\":{\"indication\":\"hair-loss\",\"areas\":[\"scalp\"],\"substances\":[\"biotin\"],\"technique\":\"nappage\",\"depthMm\":1.5}}";
        using var content = new StringContent(request, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/v1/screenings/evaluate", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(decision, body.GetProperty("decision").GetString());
        Assert.Contains(finding, body.GetProperty("findings").EnumerateArray().Select(item => item.GetProperty("code").GetString()));
    }
}
