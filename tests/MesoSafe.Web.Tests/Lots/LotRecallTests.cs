using System.Net;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Tests.Problems;
using MesoSafe.Web.Tests.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MesoSafe.Web.Tests.Lots;

public sealed class LotRecallTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Recalling_a_lot_returns_every_exposed_patient_and_session_and_queues_them(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var planA = await world.ReadyPlanAsync(world.PatientId);
        var planB = await world.ReadyPlanAsync(world.OtherPatientId);
        var s1 = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, planA, world.Today.AddDays(-20), world.SecondLotId))).BodyAsync();
        var s2 = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, planA, world.Today.AddDays(-10), world.SecondLotId, sensitivityTest: null))).BodyAsync();
        var s3 = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.OtherPatientId, planB, world.Today.AddDays(-5), world.SecondLotId))).BodyAsync();
        await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.OtherPatientId, planB, world.Today, world.LotId, sensitivityTest: null));

        var response = await world.Officer.PostJsonAsync($"/api/v1/lots/{world.SecondLotId}/recall", new { reason = "sterility failure" });
        var queue = await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();
        var lot = await (await world.Practitioner.GetTestAsync($"/api/v1/lots/{world.SecondLotId}")).BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recall = await response.BodyAsync();
        Assert.Equal(
            new[] { s1, s2, s3 }.Select(s => s.GetProperty("id").GetGuid()).Order(),
            recall.GetProperty("exposures").EnumerateArray().Select(e => e.GetProperty("sessionId").GetGuid()).Order());
        Assert.Equal(new[] { world.PatientId, world.OtherPatientId }.Order(), recall.GetProperty("patients").EnumerateArray().Select(p => p.GetGuid()).Order());
        Assert.True(lot.GetProperty("recalled").GetBoolean());
        Assert.Equal(
            new[] { world.PatientId, world.OtherPatientId }.Order(),
            queue.EnumerateArray().Where(e => e.GetProperty("reason").GetString() == "lot-recalled").Select(e => e.GetProperty("patientId").GetGuid()).Order());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Recalling_an_unknown_lot_is_404(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var response = await world.Admin.PostJsonAsync($"/api/v1/lots/{Guid.NewGuid()}/recall", new { reason = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_second_recall_is_refused_and_the_first_reason_stands(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        (await world.Officer.PostJsonAsync($"/api/v1/lots/{world.SecondLotId}/recall", new { reason = "sterility failure" })).EnsureSuccessStatusCode();

        var second = await world.Officer.PostJsonAsync($"/api/v1/lots/{world.SecondLotId}/recall", new { reason = "another reason" });
        var lot = await (await world.Practitioner.GetTestAsync($"/api/v1/lots/{world.SecondLotId}")).BodyAsync();

        var body = await ProblemShape.AssertAsync(second, HttpStatusCode.Conflict, "lot-already-recalled");
        Assert.Equal([("id", "lot-already-recalled")], ProblemShape.Entries(body));
        Assert.Equal("sterility failure", lot.GetProperty("recallReason").GetString());
        var officer = await world.App.WithDbAsync(async (_, services) => (await services.GetRequiredService<UserManager<ClinicUser>>()
            .FindByEmailAsync(world.PractitionerEmail.Replace("practitioner-", "officer-", StringComparison.Ordinal)))!.Id);
        Assert.Equal(officer, lot.GetProperty("recalledBy").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_recall_without_a_reason_is_refused_and_the_lot_stays_usable(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var response = await world.Officer.PostJsonAsync($"/api/v1/lots/{world.SecondLotId}/recall", new { reason = "  " });
        var lot = await (await world.Practitioner.GetTestAsync($"/api/v1/lots/{world.SecondLotId}")).BodyAsync();

        var body = await ProblemShape.AssertAsync(response, HttpStatusCode.BadRequest, "required");
        Assert.Equal([("reason", "required")], ProblemShape.Entries(body));
        Assert.False(lot.GetProperty("recalled").GetBoolean());
    }
}
