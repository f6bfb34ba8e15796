using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Properties;

/// <summary>Issue 20: a fuzz batch in the suite. A few thousand requests, each a valid request to an
/// endpoint made wrong one way (a field of the wrong type, out of range, huge, absent, unknown; JSON
/// cut short, not JSON, not an object; the wrong content type or method; ids that are no ids; query
/// strings of garbage; hostile headers), drawn from a fixed seed so a failure can be replayed. No
/// answer may be a 5xx, and every error must be problem+json with a code and nothing of an exception.
/// The figures of a run are in docs/security.md.</summary>
public sealed class MalformedRequestFuzzTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private const int Requests = 2_500;

    private enum Who { Anonymous, Practitioner, Patient, Officer, Admin }

    private sealed record Target(Who Who, HttpMethod Method, string Path, JsonObject? Body);

    private static readonly Func<Random, JsonNode?>[] HostileValues =
    [
        _ => null, _ => true, _ => 0, _ => -1, _ => 2147483648L, _ => JsonNode.Parse("99999999999999999999999"), _ => JsonNode.Parse("1e400"),
        _ => JsonNode.Parse("-1e400"), _ => 1.5, _ => "", _ => " ", _ => new string('x', 10_000), _ => "\u0000", _ => "a\u0000b",
        _ => "0001-01-01", _ => "9999-12-31", _ => "10000-01-01", _ => "2026-02-30", _ => "not-a-date", _ => "2026-11-20T25:61:00",
        _ => new JsonArray(), _ => new JsonObject(), _ => new JsonArray(1, 2, 3), _ => JsonNode.Parse(new string('[', 60) + new string(']', 60)),
        _ => "00000000-0000-0000-0000-000000000000", _ => Guid.NewGuid().ToString(), _ => "<script>alert(1)</script>", _ => "'; DROP TABLE \"Patients\"; --",
        _ => "💉🩸 \u202e", r => new string((char)r.Next(0x20, 0xD7FF), r.Next(1, 300)), _ => double.MaxValue, _ => long.MinValue,
    ];

    private static readonly string[] GarbageBodies =
    [
        "", " ", "null", "true", "0", "\"text\"", "[]", "[{}]", "{", "}", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "\u0000\u0001\u0002",
        "<xml/>", "a=1&b=2", new string('{', 5_000), "{\"a\":\"\\ud800\"}", "{\"a\":\"\\x41\"}", "\uFEFF{}", "{\"a\":1}{\"b\":2}",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1",
        "application/json; charset=utf-16", "image/png", "application/jsonx", "*/*",
    ];

    private static readonly string[] Queries =
    [
        "page=-1", "page=0", "page=99999999999", "pageSize=0", "pageSize=-5", "pageSize=1e9", "pageSize=abc", "from=yesterday", "to=0000-00-00",
        "from=9999-12-31&to=0001-01-01", "patientId=abc", "patientId=00000000-0000-0000-0000-000000000000", "submitted=perhaps", "page=%00",
        "q=%ZZ", "name=%00", "name=a%00b", "from=10000-01-01", "page=1&page=2", "pageSize=" + new string('9', 400),
    ];

    private static List<Target> Targets(ClinicWorld world, Guid planId, Guid intakeId, Guid sessionId, Guid checkInId, Guid eventId)
    {
        var today = world.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        JsonObject Json(object value) => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(value))!.AsObject();
        var plan = new { patientId = world.PatientId, indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin" }, technique = "nappage", depthMm = 1.0, sessions = 4, intervalDays = 10 };
        var report = new
        {
            patientId = world.PatientId, sessionId, eventCode = "nodule", onset = today, seriousness = Array.Empty<string>(), severity = "mild", outcome = "recovering",
            causality = "possible", suspectLotIds = new[] { world.LotId }, suspectProductIds = new[] { world.ProductId }, reporterType = "practitioner", narrative = "A nodule.", version = 1,
        };
        var screening = new
        {
            id = "fuzz", date = today, patient = new { birthDate = "1980-01-01", sex = "female", previousMesotherapy = false }, conditions = new[] { "botox in december" },
            allergies = Array.Empty<string>(), medications = new[] { "aspirin" }, habits = new { smoker = false, alcohol = false },
            plan = new { indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin" }, anesthetic = (string?)null, technique = "nappage", depthMm = 1.0, combinedWith = Array.Empty<string>() },
        };
        return
        [
            new(Who.Practitioner, HttpMethod.Post, "/api/v1/patients", Json(new { givenName = "Fuzz", familyName = "Case", birthDate = "1980-01-01", sex = "female", email = "f@example.org", phone = "+49 30 123456" })),
            new(Who.Practitioner, HttpMethod.Put, $"/api/v1/patients/{world.OtherPatientId}", Json(new { givenName = "Ben", familyName = "Case", birthDate = "1990-07-09", sex = "male", version = 1 })),
            new(Who.Practitioner, HttpMethod.Post, $"/api/v1/patients/{world.PatientId}/intakes", Json(new { conditions = new[] { "none" }, allergies = Array.Empty<string>(), medications = Array.Empty<string>(), smoker = false, alcohol = false, previousMesotherapy = false, plannedDate = today, planId })),
            new(Who.Practitioner, HttpMethod.Post, $"/api/v1/intakes/{intakeId}/screenings", Json(new { plannedDate = today, planId })),
            new(Who.Practitioner, HttpMethod.Post, "/api/v1/plans", Json(plan)),
            new(Who.Practitioner, HttpMethod.Put, $"/api/v1/plans/{planId}", Json(new { plan.patientId, plan.indication, plan.areas, plan.substances, plan.technique, plan.depthMm, plan.sessions, plan.intervalDays, version = 1 })),
            new(Who.Patient, HttpMethod.Post, $"/api/v1/plans/{planId}/consent", Json(new { planRevision = 1 })),
            new(Who.Practitioner, HttpMethod.Post, "/api/v1/sessions", Json(ClinicWorld.Session(world.PatientId, planId, world.Today, world.LotId))),
            new(Who.Patient, HttpMethod.Post, "/api/v1/check-ins", Json(new { sessionId, reportedOn = today, temperatureC = 37.0, symptoms = new[] { new { code = "redness", severity = "mild", startedDaysAfterSession = 0, spreading = false, worsening = false } }, text = "a little red" })),
            new(Who.Practitioner, HttpMethod.Post, $"/api/v1/check-ins/{checkInId}/readings", Json(new { action = "called the patient", readAs = new[] { "redness" }, level = "self-care", language = "en", words = new[] { "red" } })),
            new(Who.Practitioner, HttpMethod.Post, "/api/v1/adverse-events", Json(report)),
            new(Who.Officer, HttpMethod.Post, $"/api/v1/adverse-events/{eventId}/follow-ups", Json(report)),
            new(Who.Practitioner, HttpMethod.Post, "/api/v1/products", Json(new { name = "Fuzz product", manufacturer = "Fuzz Labs", substances = new[] { "biotin" } })),
            new(Who.Practitioner, HttpMethod.Post, "/api/v1/lots", Json(new { productId = world.ProductId, lotNumber = "FZ-1", expiry = "2030-01-01" })),
            new(Who.Officer, HttpMethod.Post, $"/api/v1/lots/{world.SecondLotId}/recall", Json(new { reason = "fuzz" })),
            new(Who.Practitioner, HttpMethod.Post, $"/api/v1/queue/{Guid.NewGuid()}/resolve", null),
            new(Who.Admin, HttpMethod.Post, "/api/v1/users", Json(new { email = "fuzz@example.org", password = "a-long-password-2026", role = "practitioner", displayName = "Fuzz", clinicIds = new[] { world.ClinicId } })),
            new(Who.Anonymous, HttpMethod.Post, "/api/v1/auth/token", Json(new { email = world.PractitionerEmail, password = "wrong-password" })),
            new(Who.Anonymous, HttpMethod.Post, "/api/v1/screenings/evaluate", Json(screening)),
            new(Who.Anonymous, HttpMethod.Post, "/api/v1/triage/evaluate", Json(new { sessionDate = today, reportedOn = today, areas = new[] { "scalp" }, substances = new[] { "biotin" }, symptoms = new[] { new { code = "redness", severity = "mild" } }, temperatureC = 37.0, text = "red" })),
            new(Who.Practitioner, HttpMethod.Get, "/api/v1/patients", null),
            new(Who.Practitioner, HttpMethod.Get, "/api/v1/sessions", null),
            new(Who.Practitioner, HttpMethod.Get, "/api/v1/check-ins", null),
            new(Who.Practitioner, HttpMethod.Get, "/api/v1/adverse-events", null),
            new(Who.Officer, HttpMethod.Get, "/api/v1/audit", null),
            new(Who.Practitioner, HttpMethod.Get, "/api/v1/queue", null),
            new(Who.Practitioner, HttpMethod.Get, "/api/v1/lots", null),
        ];
    }

    /// <summary>One malformed request from a valid one, and a name for it in a failure message.</summary>
    private static (HttpRequestMessage Request, string What) Mutate(Random random, Target target)
    {
        var path = target.Path;
        var method = target.Method;
        var body = target.Body?.DeepClone().AsObject();
        string? raw = null;
        var contentType = "application/json";
        var what = "";
        var headers = new List<(string, string)>();
        switch (random.Next(10))
        {
            case 0 or 1 or 2 when body is not null:
            {
                var (parent, key) = PickField(random, body);
                parent[key] = HostileValues[random.Next(HostileValues.Length)](random);
                what = $"field {key} := {Short(parent[key]?.ToJsonString() ?? "null")}";
                break;
            }

            case 3 when body is not null:
            {
                var (parent, key) = PickField(random, body);
                parent.Remove(key);
                parent["unknown" + random.Next(1000)] = HostileValues[random.Next(HostileValues.Length)](random);
                what = $"field {key} dropped, an unknown one added";
                break;
            }

            case 4 when body is not null:
            {
                var text = body.ToJsonString();
                raw = text[..random.Next(text.Length)];
                what = $"JSON cut at {raw.Length} of {text.Length}";
                break;
            }

            case 5:
                raw = GarbageBodies[random.Next(GarbageBodies.Length)];
                what = $"body {Short(raw)}";
                break;
            case 6:
                contentType = ContentTypes[random.Next(ContentTypes.Length)];
                what = $"content type {contentType}";
                break;
            case 7:
                method = new[] { HttpMethod.Get, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post, HttpMethod.Options, new HttpMethod("PROPFIND") }[random.Next(7)];
                what = $"method {method}";
                break;
            case 8:
            {
                var segments = path.Split('/');
                var at = random.Next(2, segments.Length);
                segments[at] = new[] { "not-a-guid", Guid.NewGuid().ToString(), "%20", "..", "%2e%2e", new string('x', 300), "-1", "99999999999" }[random.Next(8)];
                path = string.Join('/', segments);
                what = $"path {Short(path)}";
                break;
            }

            default:
                path += "?" + string.Join('&', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Queries[random.Next(Queries.Length)]));
                if (random.Next(3) == 0)
                {
                    headers.Add(random.Next(3) switch
                    {
                        0 => ("Idempotency-Key", new string('k', random.Next(1, 400))),
                        1 => ("If-Match", "\"garbage\""),
                        _ => ("Accept", "text/html"),
                    });
                }

                what = $"query/headers {Short(path)}";
                break;
        }

        var request = new HttpRequestMessage(method, path);
        raw ??= body?.ToJsonString();
        if (raw is not null && method != HttpMethod.Get)
        {
            request.Content = new StringContent(raw, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return (request, $"{target.Method} {target.Path}: {what}");
    }

    private static (JsonObject Parent, string Key) PickField(Random random, JsonObject body)
    {
        var parent = body;
        while (true)
        {
            var keys = parent.Select(p => p.Key).ToList();
            if (keys.Count == 0)
            {
                return (parent, "added");
            }

            var key = keys[random.Next(keys.Count)];
            if (parent[key] is JsonObject child && child.Count > 0 && random.Next(2) == 0)
            {
                parent = child;
                continue;
            }

            return (parent, key);
        }
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_batch_of_malformed_requests_gets_no_500_and_every_error_is_problem_json(string provider)
    {
        var app = await fixture.AppAsync(provider);
        var world = await ClinicWorld.CreateAsync(app);
        var planId = await world.ReadyPlanAsync(world.PatientId);
        var session = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, planId, world.Today, world.LotId))).BodyAsync();
        var sessionId = session.GetProperty("id").GetGuid();
        var checkIn = await (await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId, symptoms = Array.Empty<object>(), text = "fine" })).BodyAsync();
        var intake = await (await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes", new { conditions = Array.Empty<string>(), allergies = Array.Empty<string>(), medications = Array.Empty<string>() })).BodyAsync();
        var adverse = await (await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", new
        {
            patientId = world.PatientId, eventCode = "nodule", onset = world.Today, seriousness = Array.Empty<string>(), severity = "mild", outcome = "recovering",
            causality = "possible", reporterType = "practitioner", narrative = "A nodule.",
        })).BodyAsync();
        var targets = Targets(world, planId, intake.GetProperty("id").GetGuid(), sessionId, checkIn.GetProperty("id").GetGuid(), adverse.GetProperty("id").GetGuid());
        var anonymous = app.CreateClient();
        HttpClient Client(Who who) => who switch
        {
            Who.Practitioner => world.Practitioner,
            Who.Patient => world.Patient,
            Who.Officer => world.Officer,
            Who.Admin => world.Admin,
            _ => anonymous,
        };

        var random = new Random(provider == "sqlite" ? 2020 : 2021);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            var target = targets[random.Next(targets.Count)];
            var (request, what) = Mutate(random, target);
            using (request)
            {
                var response = await Client(target.Who).SendTestAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                try
                {
                    await Answers.AssertSoundAsync(response, $"#{i} {what}");
                }
                catch (Exception e) when (e is Xunit.Sdk.IAssertionException or System.Text.Json.JsonException or KeyNotFoundException)
                {
                    failures.Add(e.Message.Split('\n')[0]);
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{provider}: {Requests} requests; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}; failures {failures.Count}");
        Assert.True(failures.Count == 0, $"{failures.Count} unsound answers of {Requests}:\n" + string.Join('\n', failures.Take(40)));
        Assert.True(statuses.Keys.Count(s => s >= 400) >= 5, "the batch should reach many kinds of error");
    }
}
