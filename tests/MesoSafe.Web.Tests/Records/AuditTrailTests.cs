using System.Net;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Records;

public sealed class AuditTrailTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reads_and_changes_of_a_patient_are_audited_with_who_and_from_where(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId);
        await world.Patient.GetTestAsync($"/api/v1/patients/{world.PatientId}");

        var response = await world.Officer.GetTestAsync($"/api/v1/audit?patientId={world.PatientId}&pageSize=200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = (await response.BodyAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "create" && e.GetProperty("entityType").GetString() == "TreatmentPlan"
            && e.GetProperty("entityId").GetString() == plan.ToString() && e.TryGetProperty("userId", out var user) && user.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "create" && e.GetProperty("entityType").GetString() == "Consent");
        var read = Assert.Single(entries, e => e.GetProperty("action").GetString() == "read" && e.GetProperty("entityType").GetString() == "Patient");
        Assert.Equal(ClientAddressStartupFilter.Address.ToString(), read.GetProperty("ipAddress").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_refused_write_leaves_no_audit_entry_and_no_record(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var before = (await (await world.Officer.GetTestAsync($"/api/v1/audit?patientId={world.PatientId}&pageSize=200")).BodyAsync()).GetProperty("totalCount").GetInt32();

        var refused = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today, world.ExpiredLotId));
        var after = (await (await world.Officer.GetTestAsync($"/api/v1/audit?patientId={world.PatientId}&pageSize=200")).BodyAsync()).GetProperty("totalCount").GetInt32();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(before, after);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Practitioners_and_patients_cannot_read_the_audit_trail(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));

        var byPractitioner = await world.Practitioner.GetTestAsync("/api/v1/audit");
        var byPatient = await world.Patient.GetTestAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.NotFound, byPractitioner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byPatient.StatusCode);
    }
}
