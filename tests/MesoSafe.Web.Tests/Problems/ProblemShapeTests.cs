using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>The contract endpoints and the records API answer errors in one problem+json shape: each
/// keeps the list it had (<c>fieldErrors</c>, <c>problems</c>) and has the other with the same entries.</summary>
public sealed class ProblemShapeTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private async Task<HttpResponseMessage> PostContractAsync(string path, string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await (await fixture.AppAsync("sqlite")).CreateClient().PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_screening_request_with_bad_fields_names_each_in_both_lists_and_echoes_the_id()
    {
        var response = await PostContractAsync("/api/v1/screenings/evaluate", """
            {"id":"bad","date":"2026-13-45","plan":{"depthMm":-2}}
            """);

        var body = await ProblemShape.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-request");
        Assert.Equal("bad", body.GetProperty("id").GetString());
        Assert.Contains(("date", "invalid-date"), ProblemShape.Entries(body));
        Assert.Contains(("plan.depthMm", "out-of-range"), ProblemShape.Entries(body));
    }

    [Fact]
    public async Task A_triage_request_with_bad_fields_has_the_same_shape()
    {
        var response = await PostContractAsync("/api/v1/triage/evaluate", """
            {"sessionDate":"2026-11-10","reportedOn":"2026-11-01","symptoms":[{"code":"pain","severity":"extreme"}]}
            """);

        var body = await ProblemShape.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-request");
        Assert.Contains(("symptoms[0].severity", "unknown-value"), ProblemShape.Entries(body));
        Assert.Contains(("reportedOn", "date-order"), ProblemShape.Entries(body));
    }

    [Theory]
    [InlineData("{\"date\":", HttpStatusCode.BadRequest, "invalid-json", "application/json")]
    [InlineData("[]", HttpStatusCode.BadRequest, "not-an-object", "application/json")]
    [InlineData("{}", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "text/plain")]
    public async Task A_contract_body_that_is_no_request_at_all_has_the_shape_with_no_field_entries(
        string text, HttpStatusCode status, string code, string contentType)
    {
        var response = await PostContractAsync("/api/v1/screenings/evaluate", text, contentType);

        var body = await ProblemShape.AssertAsync(response, status, code);
        Assert.Empty(ProblemShape.Entries(body));
    }

    [Fact]
    public async Task A_contract_body_over_the_limit_has_the_shape()
    {
        var response = await PostContractAsync("/api/v1/triage/evaluate", "{\"text\":\"" + new string('x', 3 * 1024 * 1024) + "\"}");

        await ProblemShape.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "body-too-large");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_records_request_with_missing_fields_names_each_in_both_lists(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var response = await world.Practitioner.PostJsonAsync("/api/v1/plans", new { patientId = world.PatientId, sessions = 0 });

        var body = await ProblemShape.AssertAsync(response, HttpStatusCode.BadRequest, "required");
        Assert.Contains(("areas", "required"), ProblemShape.Entries(body));
        Assert.Contains(("sessions", "out-of-range"), ProblemShape.Entries(body));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_record_out_of_reach_a_stale_version_and_a_refusal_have_the_shape(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId, consent: false);

        var missing = await world.Practitioner.GetTestAsync($"/api/v1/patients/{Guid.NewGuid()}");
        var stale = await world.Patient.PostJsonAsync($"/api/v1/plans/{plan}/consent", new { planRevision = 7 });
        var refused = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.LotId));

        Assert.Equal([("id", "not-found")], ProblemShape.Entries(await ProblemShape.AssertAsync(missing, HttpStatusCode.NotFound, "not-found")));
        Assert.Equal([("planRevision", "version-conflict")], ProblemShape.Entries(await ProblemShape.AssertAsync(stale, HttpStatusCode.Conflict, "version-conflict")));
        Assert.Equal([("planId", "consent-missing")], ProblemShape.Entries(await ProblemShape.AssertAsync(refused, HttpStatusCode.UnprocessableEntity, "consent-missing")));
    }

    [Fact]
    public async Task A_failed_sign_in_a_wrong_role_and_an_unbindable_body_have_the_shape()
    {
        var app = await fixture.AppAsync("sqlite");
        var world = await ClinicWorld.CreateAsync(app);

        var signIn = await app.CreateClient().PostJsonAsync("/api/v1/auth/token", new { email = world.PractitionerEmail, password = "not-the-password" });
        var reading = await world.Officer.PostJsonAsync($"/api/v1/check-ins/{Guid.NewGuid()}/readings", new { action = "called the patient" });
        using var wrongType = new StringContent("{\"patientId\": 42}", Encoding.UTF8, "application/json");
        var unbindable = await world.Practitioner.PostAsync("/api/v1/plans", wrongType, TestContext.Current.CancellationToken);

        await ProblemShape.AssertAsync(signIn, HttpStatusCode.Unauthorized, "invalid-credentials");
        await ProblemShape.AssertAsync(reading, HttpStatusCode.Forbidden, "practitioner-only");
        Assert.Equal([("patientId", "invalid-json")], ProblemShape.Entries(await ProblemShape.AssertAsync(unbindable, HttpStatusCode.BadRequest, "invalid-json")));
    }

    [Fact]
    public async Task Problems_the_framework_writes_under_api_have_the_shape_too()
    {
        var client = (await fixture.AppAsync("sqlite")).CreateClient();

        var anonymous = await client.GetTestAsync("/api/v1/patients");
        var unknownPath = await client.GetTestAsync("/api/v1/no-such-resource");
        var wrongMethod = await client.DeleteAsync("/api/v1/screenings/evaluate", TestContext.Current.CancellationToken);

        await ProblemShape.AssertAsync(anonymous, HttpStatusCode.Unauthorized, "sign-in-required");
        await ProblemShape.AssertAsync(unknownPath, HttpStatusCode.NotFound, "not-found");
        await ProblemShape.AssertAsync(wrongMethod, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    public async Task An_idempotency_key_over_200_characters_has_the_shape()
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync("sqlite"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/plans") { Content = JsonContent.Create(new { patientId = world.PatientId }) };
        request.Headers.Add("Idempotency-Key", new string('k', 201));

        var response = await world.Practitioner.SendTestAsync(request);

        await ProblemShape.AssertAsync(response, HttpStatusCode.BadRequest, "idempotency-key-too-long");
    }
}
