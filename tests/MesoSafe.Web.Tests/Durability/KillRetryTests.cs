using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MesoSafe.Records;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Demo;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Durability;

/// <summary>Issue 11, item 6: eight writers (check-ins, sessions, adverse events) send every write with
/// an Idempotency-Key; the real process is SIGKILLed mid-way and restarted; every request left without
/// an answer is sent again with its key. Each key then stands for exactly one stored record: no
/// acknowledged write is lost and none is written twice (ADR 0412).</summary>
public sealed class KillRetryTests
{
    private const int Writers = 8;
    private const int AcknowledgedBeforeKill = 48;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Retrying_unanswered_requests_after_a_kill_loses_nothing_and_duplicates_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["ConnectionStrings__MesoSafe"] = database.ConnectionString,
            ["DataProtection__KeysFolder"] = Path.Combine(database.Folder, "keys"),
            ["Idempotency__ReleaseAfter"] = "00:00:02",
        };
        var run = Guid.NewGuid().ToString("N")[..8];
        var sent = new ConcurrentDictionary<string, Attempt>();
        var acknowledged = new ConcurrentDictionary<string, Guid>();
        var refused = new ConcurrentBag<string>();
        string practitionerToken, patientToken;
        Demo demo;
        Counts before;

        using (var first = await WebAppProcess.StartAsync(environment, "--seed-demo"))
        {
            practitionerToken = await TokenAsync(first.Address, "practitioner@" + DemoSeed.Domain);
            patientToken = await TokenAsync(first.Address, "patient@" + DemoSeed.Domain);
            demo = await WithDbAsync(database, DemoAsync);
            before = await WithDbAsync(database, db => CountAsync(db, demo));
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                using var client = Client(first.Address, w % 3 == 0 ? patientToken : practitionerToken);
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var attempt = Attempt.For(w % 3, $"kr-{run}-{w}-{i}", demo);
                    sent[attempt.Key] = attempt;
                    try
                    {
                        var response = await client.SendAsync(attempt.Request());
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged[attempt.Key] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                        }
                        else
                        {
                            refused.Add($"{attempt.Path} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                            return;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // the process is gone: this key is retried after the restart
                    }
                }
            })).ToList();

            while (acknowledged.Count < AcknowledgedBeforeKill && refused.IsEmpty && writers.Any(t => !t.IsCompleted))
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.Empty(refused);
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"{acknowledged.Count} acknowledged before the kill");
        using var second = await WebAppProcess.StartAsync(environment);
        var unanswered = sent.Values.Where(a => !acknowledged.ContainsKey(a.Key)).ToList();
        var retried = new Dictionary<string, Guid>();
        foreach (var attempt in unanswered)
        {
            using var client = Client(second.Address, attempt.Kind == 0 ? patientToken : practitionerToken);
            retried[attempt.Key] = await RetryUntilAnsweredAsync(client, attempt);
        }

        var after = await WithDbAsync(database, db => CountAsync(db, demo));
        var stored = await WithDbAsync(database, db => StoredIdsAsync(db, demo));
        var lost = acknowledged.Count(a => !stored.Contains(a.Value));
        var created = after.Total - before.Total;
        var duplicated = created - acknowledged.Count - retried.Count;
        Assert.True(unanswered.Count >= 1, "the kill left no request unanswered: nothing was retried");
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        Assert.All(retried.Values, id => Assert.Contains(id, stored));
        Assert.Equal(acknowledged.Count + retried.Count, acknowledged.Values.Concat(retried.Values).Distinct().Count());
        Assert.Equal(before.CheckIns + sent.Values.Count(a => a.Kind == 0), after.CheckIns);
        Assert.Equal(before.Sessions + sent.Values.Count(a => a.Kind == 1), after.Sessions);
        Assert.Equal(before.AdverseEvents + sent.Values.Count(a => a.Kind == 2), after.AdverseEvents);
    }

    /// <summary>Sends the request again with its key: 409 while the dead process's reservation is not
    /// yet released (two seconds here), then 201 (run now, or the stored answer replayed).</summary>
    private static async Task<Guid> RetryUntilAnsweredAsync(HttpClient client, Attempt attempt)
    {
        for (var tries = 0; tries < 100; tries++)
        {
            var response = await client.SendAsync(attempt.Request(), TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
            }

            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Conflict && body.Contains("idempotency-key-in-flight", StringComparison.Ordinal),
                $"{attempt.Path} {(int)response.StatusCode} {body}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException($"{attempt.Key} was never answered");
    }

    private static async Task<Demo> DemoAsync(MesoSafeDbContext db)
    {
        var maria = await db.Patients.SingleAsync(p => p.FamilyName == "Keller");
        var plan = await db.Plans.Where(p => p.PatientId == maria.Id).SingleAsync();
        var lot = await db.Lots.SingleAsync(l => l.LotNumber == "MSL-25-0311");
        var product = lot.ProductId;
        var session = (await db.Sessions.Where(s => s.PatientId == maria.Id).ToListAsync()).MaxBy(s => s.Date)!;
        return new Demo(maria.Id, plan.Id, lot.Id, product, session.Id, session.Date);
    }

    /// <summary>Submitted check-ins only: a submission may fill a slot scheduled when the session was charted.</summary>
    private static async Task<Counts> CountAsync(MesoSafeDbContext db, Demo demo) => new(
        await db.CheckIns.CountAsync(c => c.SessionId == demo.SessionId && c.SubmittedAt != null),
        await db.Sessions.CountAsync(s => s.PatientId == demo.PatientId),
        await db.AdverseEvents.CountAsync(a => a.PatientId == demo.PatientId));

    private static async Task<HashSet<Guid>> StoredIdsAsync(MesoSafeDbContext db, Demo demo) =>
    [
        .. await db.CheckIns.Where(c => c.SessionId == demo.SessionId).Select(c => c.Id).ToListAsync(),
        .. await db.Sessions.Where(s => s.PatientId == demo.PatientId).Select(s => s.Id).ToListAsync(),
        .. await db.AdverseEvents.Where(a => a.PatientId == demo.PatientId).Select(a => a.Id).ToListAsync(),
    ];

    private static async Task<T> WithDbAsync<T>(TestDatabase database, Func<MesoSafeDbContext, Task<T>> action)
    {
        var options = new DbContextOptionsBuilder<MesoSafeDbContext>();
        options.UseRecordsDatabase(database.Provider, database.ConnectionString);
        await using var db = new MesoSafeDbContext(options.Options, TimeProvider.System, new AuditActor());
        return await action(db);
    }

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(Uri address, string email)
    {
        using var client = new HttpClient { BaseAddress = address };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = DemoSeed.DefaultPassword }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString()!;
    }

    private sealed record Demo(Guid PatientId, Guid PlanId, Guid LotId, Guid ProductId, Guid SessionId, DateOnly SessionDate);

    private sealed record Counts(int CheckIns, int Sessions, int AdverseEvents)
    {
        public int Total => CheckIns + Sessions + AdverseEvents;
    }

    /// <summary>One write and its key: 0 a check-in (by the patient), 1 a session, 2 an adverse event.</summary>
    private sealed record Attempt(int Kind, string Key, string Path, object Body)
    {
        public static Attempt For(int kind, string key, Demo demo) => kind switch
        {
            0 => new(kind, key, "/api/v1/check-ins", new { sessionId = demo.SessionId, reportedOn = demo.SessionDate.AddDays(1), text = "Slight redness " + key }),
            1 => new(kind, key, "/api/v1/sessions", ClinicWorld.Session(demo.PatientId, demo.PlanId, demo.SessionDate, demo.LotId)),
            _ => new(kind, key, "/api/v1/adverse-events", new
            {
                patientId = demo.PatientId,
                eventCode = "nodule",
                onset = demo.SessionDate,
                seriousness = Array.Empty<string>(),
                severity = "mild",
                outcome = "recovering",
                causality = "possible",
                suspectLotIds = new[] { demo.LotId },
                suspectProductIds = new[] { demo.ProductId },
                reporterType = "practitioner",
                narrative = "Small firm lump " + key,
            }),
        };

        public HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(Body) };
            request.Headers.Add("Idempotency-Key", Key);
            return request;
        }
    }
}
