using System.Net;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.AdverseEvents;

public sealed class AdverseEventTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private static object Report(ClinicWorld world, string outcome, long? version = null) => new
    {
        patientId = world.PatientId,
        eventCode = "nodule",
        onset = world.Today.AddDays(-3),
        seriousness = new[] { "other-medically-important" },
        severity = "moderate",
        outcome,
        causality = "probable",
        suspectLotIds = new[] { world.LotId },
        suspectProductIds = new[] { world.ProductId },
        reporterType = "practitioner",
        narrative = "Firm nodule at an injection site.",
        version,
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Follow_ups_keep_every_earlier_version(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var created = await (await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(world, "not-recovered"))).BodyAsync();
        var id = created.GetProperty("id").GetGuid();

        var followUp = await world.Officer.PostJsonAsync($"/api/v1/adverse-events/{id}/follow-ups", Report(world, "recovered", version: 1));
        var read = await (await world.Practitioner.GetTestAsync($"/api/v1/adverse-events/{id}")).BodyAsync();

        Assert.Equal(HttpStatusCode.Created, followUp.StatusCode);
        Assert.Equal(2, read.GetProperty("version").GetInt64());
        Assert.True(read.GetProperty("serious").GetBoolean());
        var reports = read.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal([1, 2], reports.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal(["not-recovered", "recovered"], reports.Select(r => r.GetProperty("outcome").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_follow_up_on_a_stale_version_is_409(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var id = (await (await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(world, "not-recovered"))).BodyAsync()).GetProperty("id").GetGuid();
        await world.Officer.PostJsonAsync($"/api/v1/adverse-events/{id}/follow-ups", Report(world, "recovering", version: 1));

        var stale = await world.Practitioner.PostJsonAsync($"/api/v1/adverse-events/{id}/follow-ups", Report(world, "recovered", version: 1));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("version-conflict", await stale.ProblemCodeAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Codes_outside_the_vocabularies_are_400_naming_each_field(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var response = await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", new
        {
            patientId = world.PatientId,
            eventCode = "Bad Code",
            seriousness = new[] { "scary" },
            severity = "huge",
            outcome = "fine",
            causality = "maybe",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["causality", "eventCode", "onset", "outcome", "seriousness", "severity"], (await response.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_event_code_outside_the_knowledge_base_vocabulary_is_400(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var response = await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", new
        {
            patientId = world.PatientId, eventCode = "sparkles", onset = world.Today, severity = "mild", outcome = "recovered", causality = "possible",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unknown-event-code", await response.ProblemCodeAsync());
        Assert.Equal(["eventCode"], await response.ProblemFieldsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Adverse_events_are_filtered_and_paged(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(world, "recovered"));
        await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", Report(world, "recovered"));

        var page = await (await world.Officer.GetTestAsync($"/api/v1/adverse-events?patientId={world.PatientId}&eventCode=nodule&pageSize=1")).BodyAsync();
        var none = await (await world.Officer.GetTestAsync($"/api/v1/adverse-events?patientId={world.PatientId}&eventCode=infection")).BodyAsync();

        Assert.Equal(2, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
    }
}
