using System.Net;
using System.Net.Http.Json;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Plans;

public sealed class PlanConsentTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_plan_with_bad_fields_answers_400_naming_each(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var response = await world.Practitioner.PostJsonAsync("/api/v1/plans", new { patientId = world.PatientId, depthMm = -1.0, sessions = 0, intervalDays = 400 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["areas", "depthMm", "indication", "intervalDays", "sessions", "substances", "technique"], (await response.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Consent_to_a_revision_that_has_since_changed_is_409(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId, consent: false);
        var etag = (await world.Practitioner.GetTestAsync($"/api/v1/plans/{plan}")).Headers.ETag!;
        var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{plan}")
        {
            Content = JsonContent.Create(new { indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin" }, technique = "nappage", sessions = 4, intervalDays = 14 }),
        };
        change.Headers.IfMatch.Add(etag);
        (await world.Practitioner.SendTestAsync(change)).EnsureSuccessStatusCode();

        var stale = await world.Patient.PostJsonAsync($"/api/v1/plans/{plan}/consent", new { planRevision = 1 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("planRevision", await stale.ProblemFieldsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_patient_cannot_read_or_accept_the_consent(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId, consent: false);

        var read = await world.OtherPatient.GetTestAsync($"/api/v1/plans/{plan}/consent");
        var accept = await world.OtherPatient.PostJsonAsync($"/api/v1/plans/{plan}/consent", new { planRevision = 1 });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
    }
}
