using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Tests.Records;

namespace MesoSafe.Web.Tests.Bounds;

/// <summary>For each row of <see cref="RecordBounds"/>, a valid request of its endpoint with the
/// bounded field set to a given value, so that the bound alone decides the answer.</summary>
internal static class BoundSenders
{
    public delegate Task<HttpResponseMessage> Send(ClinicWorld world, object? value);

    public static IReadOnlyDictionary<FieldBound, Send> All { get; } = new Dictionary<FieldBound, Send>
    {
        [RecordBounds.GivenName] = (w, v) => PatientAsync(w, "givenName", v),
        [RecordBounds.FamilyName] = (w, v) => PatientAsync(w, "familyName", v),
        [RecordBounds.BirthDate] = (w, v) => PatientAsync(w, "birthDate", v),
        [RecordBounds.Email] = (w, v) => PatientAsync(w, "email", v),
        [RecordBounds.Phone] = (w, v) => PatientAsync(w, "phone", v),
        [RecordBounds.Indication] = (w, v) => PlanAsync(w, "indication", v),
        [RecordBounds.PlanTechnique] = (w, v) => PlanAsync(w, "technique", v),
        [RecordBounds.PlanAnesthetic] = (w, v) => PlanAsync(w, "anesthetic", v),
        [RecordBounds.PlanDepth] = (w, v) => PlanAsync(w, "depthMm", v),
        [RecordBounds.PlanSessions] = (w, v) => PlanAsync(w, "sessions", v),
        [RecordBounds.PlanInterval] = (w, v) => PlanAsync(w, "intervalDays", v),
        [RecordBounds.IntakePlannedDate] = (w, v) => w.Practitioner.PostJsonAsync(
            $"/api/v1/patients/{w.PatientId}/intakes", new Dictionary<string, object?> { ["conditions"] = Array.Empty<string>(), ["plannedDate"] = v }),
        [RecordBounds.ScreeningPlannedDate] = ScreeningAsync,
        [RecordBounds.SessionDate] = (w, v) => SessionAsync(w, "date", v),
        [RecordBounds.SessionTechnique] = (w, v) => SessionAsync(w, "technique", v),
        [RecordBounds.SessionAnesthetic] = (w, v) => SessionAsync(w, "anesthetic", v),
        [RecordBounds.SessionDepth] = (w, v) => SessionAsync(w, "depthMm", v),
        [RecordBounds.Volume] = (w, v) => SessionAsync(w, "products", new[] { new Dictionary<string, object?> { ["lotId"] = w.LotId, ["volumeMl"] = v } }),
        [RecordBounds.ReportedOn] = (w, v) => CheckInAsync(w, "reportedOn", v),
        [RecordBounds.Temperature] = (w, v) => CheckInAsync(w, "temperatureC", v),
        [RecordBounds.CheckInText] = (w, v) => CheckInAsync(w, "text", v),
        [RecordBounds.EventCode] = (w, v) => AdverseEventAsync(w, "eventCode", v),
        [RecordBounds.Onset] = (w, v) => AdverseEventAsync(w, "onset", v),
        [RecordBounds.Narrative] = (w, v) => AdverseEventAsync(w, "narrative", v),
        [RecordBounds.ProductName] = (w, v) => w.Admin.PostJsonAsync("/api/v1/products", With(new() { ["name"] = "P", ["manufacturer"] = "M", ["substances"] = new[] { "biotin" } }, "name", v)),
        [RecordBounds.Manufacturer] = (w, v) => w.Admin.PostJsonAsync("/api/v1/products", With(new() { ["name"] = "P", ["manufacturer"] = "M", ["substances"] = new[] { "biotin" } }, "manufacturer", v)),
        [RecordBounds.LotNumber] = (w, v) => LotAsync(w, "lotNumber", v),
        [RecordBounds.Expiry] = (w, v) => LotAsync(w, "expiry", v),
        [RecordBounds.RecallReason] = RecallAsync,
        [RecordBounds.UserEmail] = (w, v) => UserAsync(w, "email", v),
        [RecordBounds.DisplayName] = (w, v) => UserAsync(w, "displayName", v),
        [RecordBounds.ClinicName] = (w, v) => w.Admin.PostJsonAsync("/api/v1/clinics", new Dictionary<string, object?> { ["name"] = v is string text ? text[..^8] + Guid.NewGuid().ToString("N")[..8] : v }),
    };

    /// <summary>The session a check-in of the world reports on (charted two days ago, once).</summary>
    public static async Task<Guid> SessionIdAsync(ClinicWorld world)
    {
        if (Sessions.TryGetValue(world.ClinicId, out var id))
        {
            return id;
        }

        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-2), world.LotId))).BodyAsync();
        id = session.GetProperty("id").GetGuid();
        Sessions[world.ClinicId] = id;
        return id;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Guid> Sessions = new();

    private static Dictionary<string, object?> With(Dictionary<string, object?> body, string field, object? value)
    {
        body[field] = value;
        return body;
    }

    private static Task<HttpResponseMessage> PatientAsync(ClinicWorld w, string field, object? value) =>
        w.Practitioner.PostJsonAsync("/api/v1/patients", With(
            new() { ["givenName"] = "Bo", ["familyName"] = "Bound", ["birthDate"] = "1980-01-01", ["email"] = "bo@example.test", ["phone"] = "+44 20 7946 0123" },
            field, value));

    private static Dictionary<string, object?> Plan(ClinicWorld w) => new()
    {
        ["patientId"] = w.PatientId, ["indication"] = "hair-loss", ["areas"] = new[] { "scalp" }, ["substances"] = new[] { "biotin" },
        ["technique"] = "nappage", ["depthMm"] = 1.0, ["sessions"] = 4, ["intervalDays"] = 10,
    };

    private static Task<HttpResponseMessage> PlanAsync(ClinicWorld w, string field, object? value) =>
        w.Practitioner.PostJsonAsync("/api/v1/plans", With(Plan(w), field, value));

    private static async Task<HttpResponseMessage> ScreeningAsync(ClinicWorld w, object? value)
    {
        var intake = await (await w.Practitioner.PostJsonAsync($"/api/v1/patients/{w.PatientId}/intakes", new { conditions = Array.Empty<string>() })).BodyAsync();
        return await w.Practitioner.PostJsonAsync($"/api/v1/intakes/{intake.GetProperty("id").GetGuid()}/screenings", new Dictionary<string, object?> { ["plannedDate"] = value });
    }

    private static async Task<HttpResponseMessage> SessionAsync(ClinicWorld w, string field, object? value)
    {
        var plan = await w.ReadyPlanAsync(w.PatientId);
        var body = new Dictionary<string, object?>
        {
            ["patientId"] = w.PatientId, ["planId"] = plan, ["date"] = w.Today, ["areas"] = new[] { "scalp" }, ["technique"] = "point-by-point",
            ["depthMm"] = 2.0, ["asepsis"] = new[] { "skin-disinfected", "sterile-single-use-needles" }, ["sensitivityTest"] = "negative",
            ["products"] = new[] { new { lotId = w.LotId, volumeMl = 2.0 } },
        };
        return await w.Practitioner.PostJsonAsync("/api/v1/sessions", With(body, field, value));
    }

    private static async Task<HttpResponseMessage> CheckInAsync(ClinicWorld w, string field, object? value) =>
        await w.Patient.PostJsonAsync("/api/v1/check-ins", With(
            new() { ["sessionId"] = await SessionIdAsync(w), ["reportedOn"] = w.Today, ["text"] = "a little red" }, field, value));

    private static Task<HttpResponseMessage> AdverseEventAsync(ClinicWorld w, string field, object? value) =>
        w.Practitioner.PostJsonAsync("/api/v1/adverse-events", With(
            new()
            {
                ["patientId"] = w.PatientId, ["eventCode"] = "nodule", ["onset"] = w.Today.AddDays(-3), ["severity"] = "mild",
                ["outcome"] = "recovering", ["causality"] = "possible", ["reporterType"] = "practitioner", ["narrative"] = "A small nodule.",
            },
            field, value));

    private static Task<HttpResponseMessage> LotAsync(ClinicWorld w, string field, object? value) =>
        w.Admin.PostJsonAsync("/api/v1/lots", With(
            new() { ["productId"] = w.ProductId, ["lotNumber"] = "B-" + Guid.NewGuid().ToString("N")[..12], ["expiry"] = w.Today.AddMonths(6) }, field, value));

    private static async Task<HttpResponseMessage> RecallAsync(ClinicWorld w, object? value)
    {
        var lot = await (await LotAsync(w, "expiry", w.Today.AddMonths(6))).BodyAsync();
        return await w.Officer.PostJsonAsync($"/api/v1/lots/{lot.GetProperty("id").GetGuid()}/recall", new Dictionary<string, object?> { ["reason"] = value });
    }

    private static Task<HttpResponseMessage> UserAsync(ClinicWorld w, string field, object? value) =>
        w.Admin.PostJsonAsync("/api/v1/users", With(
            new()
            {
                ["email"] = $"u-{Guid.NewGuid():N}@example.test", ["password"] = "long-enough-password-2026", ["role"] = "practitioner",
                ["displayName"] = "Dr Bound", ["clinicIds"] = new[] { w.ClinicId },
            },
            field, value));
}
