using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MesoSafe.Clinical.Screening;
using MesoSafe.Records;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Screening;

/// <summary>Issue 10: a screening stored through any path (the records API step by step, the records
/// API in one intake, the intake page) is exactly what <c>POST /api/v1/screenings/evaluate</c> answers
/// for the same patient, history and plan, and what the intake page showed before saving.</summary>
public sealed partial class StoredScreeningParityTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    /// <summary>One patient, history and plan. <see cref="BirthDate"/> null cannot be typed on the
    /// intake page (it requires one), so that case skips the page path only.</summary>
    public sealed record Case(
        string? BirthDate = "1985-03-01",
        string? Sex = "female",
        bool Previous = true,
        string[]? Conditions = null,
        string[]? Allergies = null,
        string[]? Medications = null,
        bool Smoker = false,
        bool Alcohol = false,
        string Indication = "hair-loss",
        string[]? Areas = null,
        string[]? Substances = null,
        string? Anesthetic = null,
        string Technique = "point-by-point",
        double? DepthMm = 2.0,
        string[]? CombinedWith = null)
    {
        public string[] ConditionList => Conditions ?? [];

        public string[] AllergyList => Allergies ?? [];

        public string[] MedicationList => Medications ?? [];

        public string[] AreaList => Areas ?? ["scalp"];

        public string[] SubstanceList => Substances ?? ["biotin", "dexpanthenol"];

        public string[] CombinedList => CombinedWith ?? [];
    }

    public static readonly IReadOnlyDictionary<string, Case> Cases = new Dictionary<string, Case>
    {
        ["combined-botulinum-toxin"] = new(CombinedWith: ["botulinum-toxin"]),
        ["combined-botulinum-toxin-typed"] = new(CombinedWith: ["botulinum toxin"]),
        ["combined-prp-with-type-2-diabetes"] = new(Conditions: ["type 2 diabetes"], CombinedWith: ["prp"]),
        ["anticoagulant"] = new(Medications: ["Xarelto 20 mg"]),
        ["pregnant-first-session"] = new(Previous: false, Conditions: ["Pregnant"]),
        ["allergic-to-the-anaesthetic"] = new(Allergies: ["lidocaine"], Anesthetic: "lidocaine", Indication: "facial-rejuvenation",
            Areas: ["face"], Substances: ["hyaluronic-acid"], Technique: "nappage", DepthMm: 1.5),
        ["too-deep-under-the-eyes"] = new(Indication: "dark-circles", Areas: ["periorbital"], Substances: ["hyaluronic-acid"], Technique: "nappage", DepthMm: 4.0),
        ["no-birth-date-smoker"] = new(BirthDate: null, Sex: null, Smoker: true, Alcohol: true),
        ["unread-medication"] = new(Medications: ["zorblaxin 5 mg"]),
        ["eligible"] = new(),
    };

    public static TheoryData<string, string> ProvidersAndCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            foreach (var name in Cases.Keys)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndCases))]
    public async Task A_screening_stored_through_any_path_is_the_evaluate_endpoints(string provider, string name)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var item = Cases[name];
        var date = world.Today.AddDays(7);

        var evaluated = await EvaluateAsync(world, item, date);
        var stored = new Dictionary<string, JsonElement>
        {
            ["records API, step by step"] = await StoreStepByStepAsync(world, item, date, name),
            ["records API, one intake"] = await StoreInOneIntakeAsync(world, item, date, name),
        };
        if (item.BirthDate is not null)
        {
            var (shown, saved) = await StoreThroughTheIntakePageAsync(world, item, date, name);
            Assert.Equal(Decision(evaluated), shown.Decision);
            Assert.Equal(Codes(evaluated), shown.Findings);
            stored["intake page"] = saved;
        }

        var expected = Canonical(evaluated);
        Assert.All(stored, path => Assert.True(expected == Canonical(path.Value), $"{path.Key} stored {Canonical(path.Value)}; evaluate answered {expected}."));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_plan_combined_with_botulinum_toxin_is_stored_needing_review_and_physician_approval(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var item = Cases["combined-botulinum-toxin"];
        var date = world.Today.AddDays(7);

        var results = new[]
        {
            await EvaluateAsync(world, item, date),
            await StoreStepByStepAsync(world, item, date, "botox-steps"),
            await StoreInOneIntakeAsync(world, item, date, "botox-intake"),
            (await StoreThroughTheIntakePageAsync(world, item, date, "botox-page")).Saved,
        };

        Assert.All(results, result =>
        {
            Assert.Equal(ScreeningDecision.NeedsReview, Decision(result));
            Assert.Contains("combined-procedure", Codes(result));
            Assert.Contains("physician-approval", result.GetProperty("requiredBeforeTreatment").EnumerateArray().Select(r => r.GetString()));
        });
        var plans = await (await world.Practitioner.GetTestAsync("/api/v1/plans?pageSize=200")).BodyAsync();
        Assert.All(plans.GetProperty("items").EnumerateArray(), plan =>
            Assert.Equal(["botulinum-toxin"], plan.GetProperty("combinedWith").EnumerateArray().Select(c => c.GetString())));
    }

    private static async Task<JsonElement> EvaluateAsync(ClinicWorld world, Case item, DateOnly date)
    {
        var response = await world.Practitioner.PostJsonAsync("/api/v1/screenings/evaluate", new
        {
            id = "parity",
            date,
            patient = new { birthDate = item.BirthDate, sex = item.Sex, previousMesotherapy = item.Previous },
            conditions = item.ConditionList,
            allergies = item.AllergyList,
            medications = item.MedicationList,
            habits = new { smoker = item.Smoker, alcohol = item.Alcohol },
            plan = PlanBody(item),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.BodyAsync();
    }

    private static object PlanBody(Case item, Guid? patientId = null) => new
    {
        patientId,
        indication = item.Indication,
        areas = item.AreaList,
        substances = item.SubstanceList,
        anesthetic = item.Anesthetic,
        technique = item.Technique,
        depthMm = item.DepthMm,
        combinedWith = item.CombinedList,
        sessions = 6,
        intervalDays = 10,
    };

    private static object IntakeBody(Case item) => new
    {
        conditions = item.ConditionList,
        allergies = item.AllergyList,
        medications = item.MedicationList,
        smoker = item.Smoker,
        alcohol = item.Alcohol,
        previousMesotherapy = item.Previous,
    };

    private static async Task<Guid> RegisterAsync(ClinicWorld world, Case item, string familyName)
    {
        var response = await world.Practitioner.PostJsonAsync("/api/v1/patients", new { givenName = "Parity", familyName, birthDate = item.BirthDate, sex = item.Sex });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.BodyAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Plan, intake, then a screening of the intake against the plan: three calls.</summary>
    private static async Task<JsonElement> StoreStepByStepAsync(ClinicWorld world, Case item, DateOnly date, string familyName)
    {
        var patientId = await RegisterAsync(world, item, familyName);
        var plan = await world.Practitioner.PostJsonAsync("/api/v1/plans", PlanBody(item, patientId));
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        var intake = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{patientId}/intakes", IntakeBody(item));
        Assert.Equal(HttpStatusCode.Created, intake.StatusCode);

        var screening = await world.Practitioner.PostJsonAsync($"/api/v1/intakes/{(await intake.BodyAsync()).GetProperty("id").GetGuid()}/screenings",
            new { plannedDate = date, planId = (await plan.BodyAsync()).GetProperty("id").GetGuid() });

        Assert.Equal(HttpStatusCode.Created, screening.StatusCode);
        return (await screening.BodyAsync()).GetProperty("result");
    }

    /// <summary>The intake with its new plan and planned date: one call, one transaction.</summary>
    private static async Task<JsonElement> StoreInOneIntakeAsync(ClinicWorld world, Case item, DateOnly date, string familyName)
    {
        var patientId = await RegisterAsync(world, item, familyName);
        var body = JsonSerializer.SerializeToNode(IntakeBody(item))!.AsObject();
        body["plannedDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        body["plan"] = JsonSerializer.SerializeToNode(PlanBody(item));

        var response = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{patientId}/intakes", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await response.BodyAsync();
        Assert.Equal(saved.GetProperty("plan").GetProperty("id").GetGuid(), saved.GetProperty("screening").GetProperty("planId").GetGuid());
        Assert.Equal(saved.GetProperty("id").GetGuid(), saved.GetProperty("screening").GetProperty("intakeId").GetGuid());
        return saved.GetProperty("screening").GetProperty("result");
    }

    /// <summary>What the page showed as the form was filled (its Screen handler), then what it
    /// stored when saved, read back through the records API.</summary>
    private static async Task<((ScreeningDecision Decision, string[] Findings) Shown, JsonElement Saved)> StoreThroughTheIntakePageAsync(
        ClinicWorld world, Case item, DateOnly date, string familyName)
    {
        var fields = IntakeForm(item, date, familyName);
        using var page = world.App.PageClient(world.Practitioner);
        var preview = await (await page.PostFormAsync("/Practitioner/Intake", fields, handler: "Screen")).HtmlAsync();
        var shown = (RecordJson.Parse<ScreeningDecision>(DecisionShown().Match(preview).Groups[1].Value), FindingShown().Matches(preview).Select(m => m.Groups[1].Value).ToArray());

        var response = await page.PostFormAsync("/Practitioner/Intake", fields);

        var landed = response.Headers.Location?.OriginalString ?? "";
        Assert.True(landed.StartsWith("/Practitioner/Patients/", StringComparison.Ordinal), $"The intake was not saved ({(int)response.StatusCode}):\n{ErrorSummary(await response.HtmlAsync())}");
        var record = await (await world.Practitioner.GetTestAsync("/api/v1/patients/" + landed["/Practitioner/Patients/".Length..])).BodyAsync();
        var screening = Assert.Single(record.GetProperty("screenings").EnumerateArray());
        Assert.Equal(Assert.Single(record.GetProperty("plans").EnumerateArray()).GetProperty("id").GetGuid(), screening.GetProperty("planId").GetGuid());
        Assert.Equal(Decision(screening.GetProperty("result")), Decision(screening));
        return (shown, screening.GetProperty("result"));
    }

    private static List<KeyValuePair<string, string>> IntakeForm(Case item, DateOnly date, string familyName)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.GivenName", "Parity"),
            new("Form.FamilyName", familyName),
            new("Form.BirthDate", item.BirthDate ?? ""),
            new("Form.Sex", item.Sex ?? ""),
            new("Form.PreviousMesotherapy", item.Previous ? "true" : "false"),
            new("Form.TreatmentDate", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("Form.Conditions", string.Join("\n", item.ConditionList)),
            new("Form.Allergies", string.Join("\n", item.AllergyList)),
            new("Form.Medications", string.Join("\n", item.MedicationList)),
            new("Form.Smoker", item.Smoker ? "true" : "false"),
            new("Form.Alcohol", item.Alcohol ? "true" : "false"),
            new("Form.Indication", item.Indication),
            new("Form.Substances", string.Join(", ", item.SubstanceList)),
            new("Form.Anesthetic", item.Anesthetic ?? ""),
            new("Form.Technique", item.Technique),
            new("Form.DepthMm", item.DepthMm?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new("Form.Sessions", "6"),
            new("Form.IntervalDays", "10"),
            new("Form.CombinedWith", string.Join(", ", item.CombinedList)),
        };
        fields.AddRange(item.AreaList.Select(a => new KeyValuePair<string, string>("Form.Areas", a)));
        return fields;
    }

    internal static string ErrorSummary(string html)
    {
        var start = html.IndexOf("error-summary", StringComparison.Ordinal);
        return start < 0 ? "(no error summary)" : html[start..Math.Min(html.Length, start + 1500)];
    }

    private static string[] Codes(JsonElement result) =>
        [.. result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!)];

    /// <summary>The whole result but its echoed id, with properties sorted and nulls dropped, so the
    /// contract's writer and the records' writer compare on content alone.</summary>
    private static string Canonical(JsonElement result)
    {
        var node = Sorted(JsonNode.Parse(result.GetRawText()))!.AsObject();
        node.Remove("id");
        return node.ToJsonString();
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    /// <summary>The decision an answer names, as the enum (a code the enum lacks fails the test).</summary>
    private static ScreeningDecision Decision(JsonElement answer) =>
        RecordJson.Parse<ScreeningDecision>(answer.GetProperty("decision").GetString() ?? "");

    [GeneratedRegex("data-decision=\"([^\"]+)\"")]
    private static partial Regex DecisionShown();

    [GeneratedRegex("data-finding=\"([^\"]+)\"")]
    private static partial Regex FindingShown();
}
