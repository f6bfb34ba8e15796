using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MesoSafe.Records.Demo;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Tests.Durability;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Bounds;

/// <summary>A records request body is at most <see cref="RecordBounds.MaxRequestBytes"/>: the largest
/// field fits, a body over the limit is 413, and nothing is stored. Run on the real process: the
/// in-process test server does not enforce a body size (Kestrel does).</summary>
public sealed class RequestSizeTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_body_over_the_records_limit_is_413_and_one_at_the_largest_field_is_read(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var web = await WebAppProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = provider,
                ["ConnectionStrings__MesoSafe"] = database.ConnectionString,
                ["DataProtection__KeysFolder"] = Path.Combine(database.Folder, "keys"),
            },
            "--seed-demo");
        using var client = new HttpClient { BaseAddress = web.Address };
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "practitioner@" + DemoSeed.Domain, password = DemoSeed.DefaultPassword }, TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString());
        var marker = "S" + Guid.NewGuid().ToString("N")[..12];

        var largest = await PostAsync(client, $$"""{"givenName":"Bo","familyName":"{{marker}}","phone":"{{new string('1', RecordBounds.NarrativeLength)}}"}""");
        var over = await PostAsync(client, $$"""{"givenName":"Bo","familyName":"{{marker}}","phone":"{{new string('1', RecordBounds.MaxRequestBytes)}}"}""");
        var stored = await client.GetAsync($"/api/v1/patients?name={marker}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, largest.StatusCode);
        Assert.Equal("field-too-long", await largest.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Equal(0, (await stored.BodyAsync()).GetProperty("totalCount").GetInt32());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string json) =>
        client.PostAsync("/api/v1/patients", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
