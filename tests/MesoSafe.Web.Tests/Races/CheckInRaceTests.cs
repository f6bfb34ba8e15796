using System.Net;
using System.Text.Json;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Races;

/// <summary>Issue 20, item 1: check-ins sent at the same moment for one session each keep their own
/// row. Real concurrency: eight requests at once through the test server, twenty rounds.</summary>
public sealed class CheckInRaceTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private const int Writers = 8;
    private const int Rounds = 20;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Concurrent_check_ins_on_one_session_are_each_stored_under_their_own_id(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = (await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-3), world.LotId))).BodyAsync()).GetProperty("id").GetGuid();
        var acknowledged = new Dictionary<Guid, string>();

        for (var round = 0; round < Rounds; round++)
        {
            var texts = Enumerable.Range(0, Writers).Select(i => $"round {round} writer {i} {Guid.NewGuid():N}").ToList();
            var answers = await Task.WhenAll(texts.Select(async text =>
            {
                var response = await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, text });
                return (text, response.StatusCode, Body: await response.BodyAsync());
            }));

            foreach (var (text, status, body) in answers)
            {
                Assert.Equal(HttpStatusCode.Created, status);
                var id = body.GetProperty("id").GetGuid();
                Assert.True(acknowledged.TryAdd(id, text), $"two acknowledged check-ins share the id {id}");
            }
        }

        var stored = await world.App.WithDbAsync((db, _) => db.CheckIns.AsNoTracking()
            .Where(c => c.SessionId == session && c.SubmittedAt != null).ToDictionaryAsync(c => c.Id, c => c.RequestJson));
        Assert.Equal(Writers * Rounds, acknowledged.Count);
        Assert.Equal(acknowledged.Count, stored.Count);
        foreach (var (id, text) in acknowledged)
        {
            var request = JsonSerializer.Deserialize<JsonElement>(stored[id]!);
            Assert.Equal(text, request.GetProperty("text").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_scheduled_slot_is_filled_once_and_the_other_reports_get_rows_of_their_own(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = (await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-1), world.LotId))).BodyAsync()).GetProperty("id").GetGuid();
        var slots = await world.App.WithDbAsync((db, _) => db.CheckIns.AsNoTracking()
            .Where(c => c.SessionId == session && c.SubmittedAt == null && c.DueOn <= world.Today.AddDays(1)).Select(c => c.Id).ToListAsync());

        var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async i =>
            await (await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, text = $"slot writer {i}" })).BodyAsync()));
        var ids = answers.Select(a => a.GetProperty("id").GetGuid()).ToList();

        Assert.NotEmpty(slots);
        Assert.Equal(Writers, ids.Distinct().Count());
        Assert.All(slots, slot => Assert.Contains(slot, ids));
        var versions = await world.App.WithDbAsync((db, _) => db.CheckIns.AsNoTracking().Where(c => slots.Contains(c.Id)).Select(c => c.Version).ToListAsync());
        Assert.All(versions, v => Assert.Equal(1, v));
    }
}
