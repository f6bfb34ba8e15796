using System.Net;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Sessions;
using MesoSafe.Web.Tests.Problems;
using MesoSafe.Web.Tests.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MesoSafe.Web.Tests.Races;

/// <summary>Issue 20, item 1, the rest (ADR 0406): adverse-event follow-ups, plan revisions, queue
/// resolutions and lot recalls, eight requests at once on one record through the test server,
/// twenty rounds. Each round has exactly one winner, stored under its own id with its own content;
/// the seven others get 409 with a stable code; nothing is stored twice.</summary>
public sealed class RecordRaceTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private const int Writers = 8;
    private const int Rounds = 20;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Racing_follow_ups_of_one_adverse_event_each_keep_their_own_report_or_get_409(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var created = await (await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", FollowUp(world, "initial report", null))).BodyAsync();
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();
        var acknowledged = new Dictionary<Guid, string> { [created.GetProperty("reports")[0].GetProperty("id").GetGuid()] = "initial report" };
        var conflicts = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var narratives = Enumerable.Range(0, Writers).Select(i => $"round {round} writer {i} {Guid.NewGuid():N}").ToList();
            var answers = await Task.WhenAll(narratives.Select(async (narrative, i) =>
                (narrative, Response: await world.Staff(i).PostJsonAsync($"/api/v1/adverse-events/{id}/follow-ups", FollowUp(world, narrative, version)))));

            var (winner, response) = Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.Created);
            var body = await response.BodyAsync();
            version = body.GetProperty("version").GetInt64();
            var own = body.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("number").GetInt64() == version);
            Assert.Equal(winner, own.GetProperty("narrative").GetString());
            Assert.True(acknowledged.TryAdd(own.GetProperty("id").GetGuid(), winner));
            conflicts += await AssertLosersAsync(answers.Select(a => a.Response).Except([response]), "version-conflict");
        }

        var stored = await world.App.WithDbAsync((db, _) => db.AdverseEventReports.AsNoTracking()
            .Where(r => r.AdverseEventId == id).ToDictionaryAsync(r => r.Id, r => (r.Number, r.Narrative)));
        Assert.Equal(Rounds + 1, acknowledged.Count);
        Assert.Equal(Rounds * (Writers - 1), conflicts);
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.Equal(Enumerable.Range(1, Rounds + 1), stored.Values.Select(v => v.Number).Order());
        Assert.All(acknowledged, a => Assert.Equal(a.Value, stored[a.Key].Narrative));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Racing_edits_of_one_plan_each_keep_their_own_revision_row_or_get_409(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var created = await (await world.Practitioner.PostJsonAsync("/api/v1/plans", Plan(world.PatientId, "first", null))).BodyAsync();
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt64();
        var acknowledged = new Dictionary<int, string> { [created.GetProperty("revision").GetInt32()] = "first" };
        var conflicts = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var markers = Enumerable.Range(0, Writers).Select(i => $"r{round}-w{i}-{Guid.NewGuid():N}"[..24]).ToList();
            var answers = await Task.WhenAll(markers.Select(async marker =>
            {
                using var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{id}") { Content = System.Net.Http.Json.JsonContent.Create(Plan(world.PatientId, marker, version)) };
                return (marker, Response: await world.Practitioner.SendTestAsync(change));
            }));

            var (winner, response) = Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.OK);
            var body = await response.BodyAsync();
            version = body.GetProperty("version").GetInt64();
            Assert.Equal(winner, body.GetProperty("areas")[1].GetString());
            Assert.True(acknowledged.TryAdd(body.GetProperty("revision").GetInt32(), winner));
            conflicts += await AssertLosersAsync(answers.Select(a => a.Response).Except([response]), "version-conflict");
        }

        var stored = await world.App.WithDbAsync((db, _) => db.PlanRevisions.AsNoTracking()
            .Where(r => r.PlanId == id).ToDictionaryAsync(r => r.Revision, r => r.Areas));
        Assert.Equal(Rounds + 1, acknowledged.Count);
        Assert.Equal(Rounds * (Writers - 1), conflicts);
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.All(acknowledged, a => Assert.Equal(["scalp", a.Value], stored[a.Key]));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Racing_resolutions_of_one_queue_item_resolve_it_once_and_the_others_get_409(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var staff = await StaffIdsAsync(world);
        var acknowledged = new Dictionary<Guid, Guid>();
        var conflicts = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var item = await world.App.WithDbAsync(async (db, _) =>
            {
                var raised = new AttentionItem { ClinicId = world.ClinicId, PatientId = world.PatientId, Reason = "check-in-urgent", Priority = 1, RaisedAt = world.App.Clock.GetUtcNow() };
                db.AttentionItems.Add(raised);
                await db.SaveChangesAsync();
                return raised.Id;
            });

            var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async i =>
                (By: staff[i % staff.Count], Response: await world.Staff(i).PostJsonAsync($"/api/v1/queue/{item}/resolve", new { }))));

            var (by, response) = Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.OK);
            var body = await response.BodyAsync();
            Assert.Equal(item, body.GetProperty("id").GetGuid());
            Assert.Equal(by, body.GetProperty("resolvedBy").GetGuid());
            acknowledged.Add(item, by);
            conflicts += await AssertLosersAsync(answers.Select(a => a.Response).Except([response]), "queue-item-already-resolved");
        }

        var ids = acknowledged.Keys.ToList();
        var stored = await world.App.WithDbAsync((db, _) => db.AttentionItems.AsNoTracking()
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (a.ResolvedBy, a.ResolvedAt, a.Version)));
        Assert.Equal(Rounds, acknowledged.Count);
        Assert.Equal(Rounds * (Writers - 1), conflicts);
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.All(acknowledged, a => Assert.Equal((a.Value, true, 1L), (stored[a.Key].ResolvedBy!.Value, stored[a.Key].ResolvedAt is not null, stored[a.Key].Version)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Racing_recalls_of_one_lot_recall_it_once_queue_each_patient_once_and_the_others_get_409(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var staff = await StaffIdsAsync(world);
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = (await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-3), world.LotId))).BodyAsync()).GetProperty("id").GetGuid();
        var acknowledged = new Dictionary<Guid, (string Reason, Guid By)>();
        var conflicts = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var lot = await world.App.WithDbAsync(async (db, _) =>
            {
                var made = new Lot { ProductId = world.ProductId, LotNumber = $"RACE-{round}-{Guid.NewGuid():N}"[..20], Expiry = world.Today.AddMonths(6) };
                db.Lots.Add(made);
                db.SessionProducts.Add(new SessionProduct { SessionId = session, ProductId = world.ProductId, LotId = made.Id, VolumeMl = 1 });
                await db.SaveChangesAsync();
                return made.Id;
            });

            // Recalls are the admin's and the safety officer's.
            var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async i =>
            {
                var reason = $"round {round} recaller {i} {Guid.NewGuid():N}";
                var (client, by) = i % 2 == 0 ? (world.Officer, staff[1]) : (world.Admin, staff[2]);
                return (reason, by, Response: await client.PostJsonAsync($"/api/v1/lots/{lot}/recall", new { reason }));
            }));

            var (reason, by, response) = Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.OK);
            var recalled = (await response.BodyAsync()).GetProperty("lot");
            Assert.Equal(reason, recalled.GetProperty("recallReason").GetString());
            Assert.Equal(by, recalled.GetProperty("recalledBy").GetGuid());
            acknowledged.Add(lot, (reason, by));
            conflicts += await AssertLosersAsync(answers.Select(a => a.Response).Except([response]), "lot-already-recalled");
        }

        var ids = acknowledged.Keys.ToList();
        var stored = await world.App.WithDbAsync((db, _) => db.Lots.AsNoTracking()
            .Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => (l.RecallReason, l.RecalledBy)));
        var queued = await world.App.WithDbAsync((db, _) => db.AttentionItems.AsNoTracking()
            .Where(a => a.LotId != null && ids.Contains(a.LotId.Value)).Select(a => new { LotId = a.LotId!.Value, a.PatientId }).ToListAsync());
        Assert.Equal(Rounds, acknowledged.Count);
        Assert.Equal(Rounds * (Writers - 1), conflicts);
        Assert.Equal(acknowledged.Count, stored.Count);
        Assert.All(acknowledged, a => Assert.Equal(((string?)a.Value.Reason, (Guid?)a.Value.By), stored[a.Key]));
        Assert.Equal(ids.Order(), queued.Select(q => q.LotId).Order());
        Assert.All(queued, q => Assert.Equal(world.PatientId, q.PatientId));
    }

    /// <summary>Each loser is a 409 problem+json with the stable code; returns how many.</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Racing_creations_of_one_account_make_one_account_and_tell_the_others_it_exists(string provider)
    {
        // Found by the fuzz bench (ADR 0412): two creations of one e-mail at once both passed
        // Identity's duplicate check and the second hit the unique index: a 500.
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        for (var round = 0; round < Rounds / 4; round++)
        {
            var email = $"race-{round}-{Guid.NewGuid():N}@example.test";
            var answers = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => world.Admin.PostJsonAsync("/api/v1/users", new
            {
                email, displayName = $"Writer {i}", password = $"tall-violet-harbour-{i}-{round}", role = ClinicRoles.Practitioner, clinicIds = new[] { world.ClinicId },
            })));

            var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            var id = (await winner.BodyAsync()).GetProperty("id").GetGuid();
            foreach (var loser in answers.Except([winner]))
            {
                // Identity's own check names the duplicate user name or e-mail; the unique index's
                // refusal is answered as a duplicate user name: either way, the e-mail is taken.
                Assert.Equal(HttpStatusCode.BadRequest, loser.StatusCode);
                var body = await loser.BodyAsync();
                Assert.StartsWith(RecordProblemCodes.IdentityPrefix + "duplicate", body.GetProperty("code").GetString(), StringComparison.Ordinal);
                Assert.Contains(ProblemShape.Entries(body), e => e.Field == "email");
            }

            var stored = await world.App.WithDbAsync((db, _) => db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email.ToUpperInvariant())
                .Select(u => new { u.Id, Memberships = u.Memberships.Count }).ToListAsync());
            var one = Assert.Single(stored);
            Assert.Equal(id, one.Id);
            Assert.Equal(1, one.Memberships);
        }
    }

    private static async Task<int> AssertLosersAsync(IEnumerable<HttpResponseMessage> losers, string code)
    {
        var count = 0;
        foreach (var loser in losers)
        {
            await ProblemShape.AssertAsync(loser, HttpStatusCode.Conflict, code);
            count++;
        }

        return count;
    }

    /// <summary>The user ids of the practitioner, the safety officer and the admin, in that order
    /// (the order of <see cref="RaceClients.Staff"/>).</summary>
    private static Task<List<Guid>> StaffIdsAsync(ClinicWorld world) => world.App.WithDbAsync(async (_, services) =>
    {
        var users = services.GetRequiredService<UserManager<ClinicUser>>();
        var ids = new List<Guid>();
        foreach (var role in new[] { "practitioner-", "officer-", "admin-" })
        {
            ids.Add((await users.FindByEmailAsync(world.PractitionerEmail.Replace("practitioner-", role, StringComparison.Ordinal)))!.Id);
        }

        return ids;
    });

    private static object FollowUp(ClinicWorld world, string narrative, long? version) => new
    {
        patientId = world.PatientId,
        eventCode = "nodule",
        onset = world.Today.AddDays(-3),
        seriousness = Array.Empty<string>(),
        severity = "moderate",
        outcome = "recovering",
        causality = "possible",
        suspectLotIds = new[] { world.LotId },
        reporterType = "practitioner",
        narrative,
        version,
    };

    private static object Plan(Guid patientId, string marker, long? version) => new
    {
        patientId,
        indication = "hair-loss",
        areas = new[] { "scalp", marker },
        substances = new[] { "biotin", "dexpanthenol" },
        technique = "point-by-point",
        depthMm = 2.0,
        sessions = 5,
        intervalDays = 10,
        version,
    };
}

/// <summary>The clinic's three members of staff in turn, so racing requests come from different people.</summary>
internal static class RaceClients
{
    public static HttpClient Staff(this ClinicWorld world, int i) => (i % 3) switch
    {
        0 => world.Practitioner,
        1 => world.Officer,
        _ => world.Admin,
    };
}
