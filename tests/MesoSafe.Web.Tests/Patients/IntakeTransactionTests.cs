using System.Net;
using System.Text.Json;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Patients;

/// <summary>Issue 10: an intake is saved with its plan and screening in one transaction, or nothing
/// of it is saved and the reason is shown (API and intake page), on both databases.</summary>
public sealed class IntakeTransactionTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    /// <summary>The database itself refuses a screening for this date (a trigger the test adds), so
    /// the failure comes after the patient, intake and plan rows were written in the transaction.</summary>
    private static readonly DateOnly RefusedDate = new(2031, 3, 3);

    private async Task<ClinicWorld> WorldAsync(string provider)
    {
        var app = await fixture.AppAsync(provider);
        await app.WithDbAsync((db, _) => db.Database.ExecuteSqlRawAsync(provider == "sqlite"
            ? """
              CREATE TRIGGER IF NOT EXISTS refuse_test_date BEFORE INSERT ON Screenings
              WHEN NEW.PlannedDate = '2031-03-03'
              BEGIN SELECT RAISE(ABORT, 'screening refused by the test trigger'); END;
              """
            : """
              CREATE OR REPLACE FUNCTION refuse_test_date() RETURNS trigger AS $$
              BEGIN
                IF NEW."PlannedDate" = DATE '2031-03-03' THEN RAISE EXCEPTION 'screening refused by the test trigger'; END IF;
                RETURN NEW;
              END $$ LANGUAGE plpgsql;
              CREATE OR REPLACE TRIGGER refuse_test_date BEFORE INSERT ON "Screenings" FOR EACH ROW EXECUTE FUNCTION refuse_test_date();
              """));
        return await ClinicWorld.CreateAsync(app);
    }

    private static object Plan(double depthMm = 2.0, string[]? combinedWith = null) => new
    {
        indication = "hair-loss",
        areas = new[] { "scalp" },
        substances = new[] { "biotin" },
        technique = "point-by-point",
        depthMm,
        sessions = 5,
        intervalDays = 10,
        combinedWith = combinedWith ?? ["botulinum-toxin"],
    };

    private static async Task<(int Intakes, int Plans, int Screenings)> StoredAsync(ClinicWorld world, Guid patientId)
    {
        var record = await (await world.Practitioner.GetTestAsync($"/api/v1/patients/{patientId}")).BodyAsync();
        return (record.GetProperty("intakes").GetArrayLength(), record.GetProperty("plans").GetArrayLength(), record.GetProperty("screenings").GetArrayLength());
    }

    private static async Task<int> PatientsNamedAsync(ClinicWorld world, string familyName) =>
        (await (await world.Practitioner.GetTestAsync($"/api/v1/patients?name={familyName}")).BodyAsync()).GetProperty("totalCount").GetInt32();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_intake_with_a_plan_and_a_date_is_stored_with_both_in_one_answer(string provider)
    {
        var world = await WorldAsync(provider);

        var response = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes",
            new { conditions = new[] { "hay fever" }, previousMesotherapy = true, plannedDate = world.Today.AddDays(3), plan = Plan() });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("hay fever", Assert.Single(body.GetProperty("conditions").EnumerateArray()).GetString());
        Assert.Equal("needs-review", body.GetProperty("screening").GetProperty("decision").GetString());
        Assert.Equal(body.GetProperty("plan").GetProperty("id").GetGuid(), body.GetProperty("screening").GetProperty("planId").GetGuid());
        Assert.Equal((1, 1, 1), await StoredAsync(world, world.PatientId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_intake_without_a_date_is_stored_alone_as_before(string provider)
    {
        var world = await WorldAsync(provider);

        var response = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes", new { medications = new[] { "aspirin" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("plan").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("screening").ValueKind);
        Assert.Equal((1, 0, 0), await StoredAsync(world, world.PatientId));
    }

    public static TheoryData<string, string, string, string> Refusals()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, "plan-without-date", "plannedDate", "required");
            data.Add(provider, "plan-and-plan-id", "planId", "plan-and-plan-id");
            data.Add(provider, "unknown-plan-id", "planId", "unknown-plan");
            data.Add(provider, "depth-over-the-limit", "plan.depthMm", "out-of-range");
            data.Add(provider, "blank-combined-procedure", "plan.combinedWith[0]", "invalid-entry");
            data.Add(provider, "indication-too-long", "plan.indication", "too-long");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_intake_stores_nothing_and_names_the_field(string provider, string refusal, string field, string code)
    {
        var world = await WorldAsync(provider);
        var date = world.Today.AddDays(3);
        object body = refusal switch
        {
            "plan-without-date" => new { plan = Plan() },
            "plan-and-plan-id" => new { plannedDate = date, plan = Plan(), planId = Guid.NewGuid() },
            "unknown-plan-id" => new { plannedDate = date, planId = Guid.NewGuid() },
            "depth-over-the-limit" => new { plannedDate = date, plan = Plan(depthMm: 20.5) },
            "blank-combined-procedure" => new { plannedDate = date, plan = Plan(combinedWith: [" "]) },
            _ => new { plannedDate = date, plan = new { indication = new string('x', 81), areas = new[] { "scalp" }, substances = new[] { "biotin" }, technique = "nappage", sessions = 1, intervalDays = 7 } },
        };

        var response = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.BodyAsync()).GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("field").GetString() == field && p.GetProperty("code").GetString() == code);
        Assert.Equal((0, 0, 0), await StoredAsync(world, world.PatientId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task When_the_database_refuses_the_screening_the_intake_and_plan_are_not_stored_either(string provider)
    {
        var world = await WorldAsync(provider);

        var response = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes",
            new { conditions = new[] { "hay fever" }, plannedDate = RefusedDate, plan = Plan() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("not-saved", await response.ProblemCodeAsync());
        Assert.Contains("Nothing was saved", (await response.BodyAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await StoredAsync(world, world.PatientId));
        var later = await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.PatientId}/intakes",
            new { plannedDate = world.Today.AddDays(3), plan = Plan() });
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.Equal((1, 1, 1), await StoredAsync(world, world.PatientId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_intake_page_stores_no_patient_when_the_database_refuses_and_says_why(string provider)
    {
        var world = await WorldAsync(provider);
        using var page = world.App.PageClient(world.Practitioner);
        var familyName = "Refused" + Guid.NewGuid().ToString("N")[..8];

        var response = await page.PostFormAsync("/Practitioner/Intake", Form(familyName, RefusedDate, depthMm: "2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains("Nothing was saved", Screening.StoredScreeningParityTests.ErrorSummary(html), StringComparison.Ordinal);
        Assert.Contains($"value=\"{familyName}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await PatientsNamedAsync(world, familyName));
    }

    /// <summary>The form's depth range is the contract's (0-20 mm, was 0.1-13 on the form).</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_intake_page_stores_nothing_when_a_part_is_refused_and_names_the_field(string provider)
    {
        var world = await WorldAsync(provider);
        using var page = world.App.PageClient(world.Practitioner);
        var familyName = "Deep" + Guid.NewGuid().ToString("N")[..8];

        var response = await page.PostFormAsync("/Practitioner/Intake", Form(familyName, world.Today.AddDays(3), depthMm: "25"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.HtmlAsync();
        Assert.Contains("Enter a depth between 0 and 20 mm.", html, StringComparison.Ordinal);
        Assert.Equal(0, await PatientsNamedAsync(world, familyName));
    }

    private static List<KeyValuePair<string, string>> Form(string familyName, DateOnly date, string depthMm) =>
    [
        new("Form.GivenName", "Nora"),
        new("Form.FamilyName", familyName),
        new("Form.BirthDate", "1980-01-01"),
        new("Form.TreatmentDate", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("Form.Indication", "hair-loss"),
        new("Form.Areas", "scalp"),
        new("Form.Substances", "biotin"),
        new("Form.Technique", "point-by-point"),
        new("Form.DepthMm", depthMm),
        new("Form.Sessions", "5"),
        new("Form.IntervalDays", "10"),
    ];
}
