using System.Net;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Auth;

public sealed class AuthTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_token_is_issued_for_the_right_password_with_its_expiry(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var client = world.App.CreateClient();

        var response = await client.PostJsonAsync("/api/v1/auth/token", new { email = world.PractitionerEmail, password = ClinicWorld.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.Equal(RecordsApp.Start.AddHours(1), body.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromMinutes(5));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wrong_password_is_401_and_five_lock_the_account(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var client = world.App.CreateClient();

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await client.PostJsonAsync("/api/v1/auth/token", new { email = world.PractitionerEmail, password = "not-the-password" }));
        }

        var right = await client.PostJsonAsync("/api/v1/auth/token", new { email = world.PractitionerEmail, password = ClinicWorld.Password });

        Assert.All(wrong, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("locked-out", await right.ProblemCodeAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_token_request_without_fields_names_them(string provider)
    {
        var app = await fixture.AppAsync(provider);

        var response = await app.CreateClient().PostJsonAsync("/api/v1/auth/token", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["email", "password"], (await response.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/patients")]
    [InlineData("/api/v1/queue")]
    [InlineData("/api/v1/lots")]
    [InlineData("/api/v1/adverse-events")]
    [InlineData("/api/v1/audit")]
    public async Task Record_endpoints_need_a_signed_in_caller(string path)
    {
        var app = await fixture.AppAsync("sqlite");

        var response = await app.CreateClient().GetTestAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_stays_anonymous()
    {
        var app = await fixture.AppAsync("sqlite");

        var response = await app.CreateClient().GetTestAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_stateless_evaluate_endpoints_stay_anonymous()
    {
        var app = await fixture.AppAsync("sqlite");
        var client = app.CreateClient();

        var screening = await client.PostJsonAsync("/api/v1/screenings/evaluate", new { });
        var triage = await client.PostJsonAsync("/api/v1/triage/evaluate", new { });

        Assert.Equal(HttpStatusCode.BadRequest, screening.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, triage.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_practitioner_cannot_add_lots_or_recall_them(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var lot = await world.Practitioner.PostJsonAsync("/api/v1/lots", new { productId = world.ProductId, lotNumber = "P-1", expiry = "2027-01-01" });
        var recall = await world.Practitioner.PostJsonAsync($"/api/v1/lots/{world.LotId}/recall", new { reason = "test" });
        var byAdmin = await world.Admin.PostJsonAsync("/api/v1/lots", new { productId = world.ProductId, lotNumber = "A-" + Guid.NewGuid().ToString("N")[..6], expiry = "2027-01-01" });

        Assert.Equal(HttpStatusCode.NotFound, lot.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, recall.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
    }
}
