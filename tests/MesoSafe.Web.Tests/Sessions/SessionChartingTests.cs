using Xunit;
using System.Net;
using System.Net.Http.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Web.Tests.Records;

namespace MesoSafe.Web.Tests.Sessions;

public sealed class SessionChartingTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private async Task<ClinicWorld> WorldAsync(string provider) => await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_first_session_with_a_valid_lot_is_charted_with_its_six_check_ins(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.BodyAsync();
        Assert.Empty(session.GetProperty("flags").EnumerateArray());
        Assert.Equal(world.LotId, session.GetProperty("products")[0].GetProperty("lotId").GetGuid());
        var checkIns = await (await world.Practitioner.GetTestAsync($"/api/v1/check-ins?patientId={world.PatientId}")).BodyAsync();
        var due = checkIns.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("dueOn").GetString()).ToList();
        Assert.Equal(
            new[] { 1, 3, 7, 14, 30, 90 }.Select(d => world.Today.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            due);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_expired_lot_is_refused_naming_the_lot_field(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.ExpiredLotId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("lot-expired", await response.ProblemCodeAsync());
        Assert.Contains("products[0].lotId", await response.ProblemFieldsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_recalled_lot_is_refused(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);
        (await world.Officer.PostJsonAsync($"/api/v1/lots/{world.SecondLotId}/recall", new { reason = "contamination" })).EnsureSuccessStatusCode();

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.SecondLotId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("lot-recalled", await response.ProblemCodeAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_patient_whose_latest_screening_is_contraindicated_is_refused(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId, decision: ScreeningDecision.Contraindicated);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("patient-contraindicated", await response.ProblemCodeAsync());
        Assert.Contains("patientId", await response.ProblemFieldsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_deferred_patient_is_refused_until_screened_again(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId, decision: ScreeningDecision.Deferred);

        var refused = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));
        await world.StoreScreeningAsync(world.PatientId, ScreeningDecision.Eligible, world.Today);
        var charted = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));

        Assert.Equal("patient-deferred", await refused.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Created, charted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_plan_without_consent_is_refused(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId, consent: false);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("consent-missing", await response.ProblemCodeAsync());
        Assert.Contains("planId", await response.ProblemFieldsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_changed_plan_needs_a_new_consent(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var current = await world.Practitioner.GetTestAsync($"/api/v1/plans/{plan}");
        var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/plans/{plan}")
        {
            Content = JsonContent.Create(new
            {
                indication = "hair-loss", areas = new[] { "scalp" }, substances = new[] { "biotin", "dexpanthenol", "minoxidil" },
                technique = "point-by-point", depthMm = 2.0, sessions = 6, intervalDays = 10,
            }),
        };
        change.Headers.IfMatch.Add(current.Headers.ETag!);
        (await world.Practitioner.SendTestAsync(change)).EnsureSuccessStatusCode();

        var refused = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));
        var form = await (await world.Patient.GetTestAsync($"/api/v1/plans/{plan}/consent")).BodyAsync();
        var accepted = await world.Patient.PostJsonAsync($"/api/v1/plans/{plan}/consent", new { planRevision = form.GetProperty("planRevision").GetInt32() });
        var charted = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));

        Assert.Equal("consent-missing", await refused.ProblemCodeAsync());
        Assert.Equal(2, form.GetProperty("planRevision").GetInt32());
        Assert.Contains(form.GetProperty("risks").EnumerateArray(), r => r.GetProperty("code").GetString() == "infection");
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Created, charted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_first_session_without_a_sensitivity_test_is_refused(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId, sensitivityTest: null));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("sensitivity-test-missing", await response.ProblemCodeAsync());
        Assert.Contains("sensitivityTest", await response.ProblemFieldsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_session_six_days_after_the_last_is_stored_and_flagged(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);
        (await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-6), world.LotId))).EnsureSuccessStatusCode();

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId, sensitivityTest: null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["interval-too-short"], (await response.BodyAsync()).GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_depth_beyond_the_periorbital_limit_is_stored_and_flagged(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.PatientId);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId, depthMm: 3.0, area: "periorbital"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["depth-out-of-range"], (await response.BodyAsync()).GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_session_with_missing_fields_answers_400_naming_each(string provider)
    {
        var world = await WorldAsync(provider);

        var response = await world.Practitioner.PostJsonAsync("/api/v1/sessions", new { patientId = world.PatientId, products = new[] { new { volumeMl = 1.0 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = await response.ProblemFieldsAsync();
        Assert.Contains("planId", fields);
        Assert.Contains("date", fields);
        Assert.Contains("areas", fields);
        Assert.Contains("technique", fields);
        Assert.Contains("products[0].lotId", fields);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_real_screening_of_a_pregnant_patient_defers_and_charting_is_refused(string provider)
    {
        var world = await WorldAsync(provider);
        var plan = await world.ReadyPlanAsync(world.OtherPatientId);
        var intake = await (await world.Practitioner.PostJsonAsync($"/api/v1/patients/{world.OtherPatientId}/intakes",
            new { conditions = new[] { "Pregnant" }, allergies = Array.Empty<string>(), medications = Array.Empty<string>(), previousMesotherapy = true })).BodyAsync();

        var screening = await world.Practitioner.PostJsonAsync($"/api/v1/intakes/{intake.GetProperty("id").GetGuid()}/screenings", new { plannedDate = world.Today, planId = plan });
        var refused = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.OtherPatientId, plan, world.Today, world.LotId));

        Assert.Equal(HttpStatusCode.Created, screening.StatusCode);
        var stored = await screening.BodyAsync();
        Assert.Equal("deferred", stored.GetProperty("decision").GetString());
        Assert.Contains(stored.GetProperty("result").GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "pregnancy");
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("knowledgeBaseVersion").GetString()));
        Assert.Equal("patient-deferred", await refused.ProblemCodeAsync());
    }
}
