using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Patients;

/// <summary>Issue 11, item 8: a patient's data export (everything held about them) and the erasure of
/// their identity, which keeps the pseudonymised clinical and adverse-event record (ADR 0412).</summary>
public sealed class PatientDataTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_export_holds_identity_record_readings_account_and_audit(string provider)
    {
        var world = await WorldWithRecordAsync(provider);
        var (sessionId, checkInId, eventId) = await RecordAsync(world);

        var response = await world.Practitioner.GetTestAsync($"/api/v1/patients/{world.PatientId}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var export = await response.BodyAsync();
        Assert.Equal("mesosafe-patient-export/1", export.GetProperty("format").GetString());
        var patient = export.GetProperty("record").GetProperty("patient");
        Assert.Equal("Ada", patient.GetProperty("givenName").GetString());
        Assert.Equal("ada@example.test", patient.GetProperty("email").GetString());
        Assert.Equal("1985-03-01", patient.GetProperty("birthDate").GetString());
        Assert.Contains(Ids(export.GetProperty("record").GetProperty("sessions")), id => id == sessionId);
        Assert.Contains(Ids(export.GetProperty("record").GetProperty("checkIns")), id => id == checkInId);
        Assert.Contains(Ids(export.GetProperty("record").GetProperty("adverseEvents")), id => id == eventId);
        Assert.NotEmpty(export.GetProperty("record").GetProperty("plans").EnumerateArray());
        Assert.NotEmpty(export.GetProperty("record").GetProperty("consents").EnumerateArray());
        Assert.NotEmpty(export.GetProperty("record").GetProperty("screenings").EnumerateArray());
        Assert.StartsWith("patient-", export.GetProperty("account").GetProperty("email").GetString(), StringComparison.Ordinal);
        Assert.False(export.GetProperty("account").GetProperty("disabled").GetBoolean());
        var audit = export.GetProperty("auditEntries").EnumerateArray().ToList();
        Assert.Contains(audit, a => a.GetProperty("entityType").GetString() == "AdverseEvent" && a.GetProperty("action").GetString() == "create");
        Assert.All(audit, a => Assert.Equal(world.PatientId, a.GetProperty("patientId").GetGuid()));
        Assert.Equal(JsonValueKind.Null, export.GetProperty("erasure").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_the_patients_practitioners_and_the_patient_export(string provider)
    {
        var world = await WorldWithRecordAsync(provider);
        var elsewhere = await ClinicWorld.CreateAsync(world.App);
        var path = $"/api/v1/patients/{world.PatientId}/export";

        Assert.Equal(HttpStatusCode.OK, (await world.Patient.GetTestAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Officer.GetTestAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Admin.GetTestAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.OtherPatient.GetTestAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Practitioner.GetTestAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Practitioner.GetTestAsync($"/api/v1/patients/{Guid.NewGuid()}/export")).StatusCode);
        using var anonymous = world.App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetTestAsync(path)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Erasure_removes_the_identity_keeps_the_adverse_events_and_is_audited(string provider)
    {
        var world = await WorldWithRecordAsync(provider);
        var (sessionId, checkInId, eventId) = await RecordAsync(world);
        var adminId = await world.App.WithDbAsync((db, _) => db.Users.Where(u => u.UserName!.StartsWith("admin-") && db.ClinicMemberships.Any(m => m.UserId == u.Id && m.ClinicId == world.ClinicId)).Select(u => u.Id).SingleAsync());
        var patientEmail = await world.App.WithDbAsync((db, _) => db.Users.Where(u => db.Patients.Any(p => p.Id == world.PatientId && p.UserId == u.Id)).Select(u => u.Email!).SingleAsync());

        var erased = await world.Admin.PostJsonAsync($"/api/v1/patients/{world.PatientId}/erasure", new { reason = "Patient asked for erasure (GDPR art. 17), ticket 42." });

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(adminId, (await erased.BodyAsync()).GetProperty("erasedBy").GetGuid());
        var export = await (await world.Practitioner.GetTestAsync($"/api/v1/patients/{world.PatientId}/export")).BodyAsync();
        var patient = export.GetProperty("record").GetProperty("patient");
        Assert.Equal("Erased", patient.GetProperty("givenName").GetString());
        Assert.Equal("Erased", patient.GetProperty("familyName").GetString());
        Assert.Equal("1985-01-01", patient.GetProperty("birthDate").GetString());
        Assert.Equal(JsonValueKind.Null, patient.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, patient.GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, export.GetProperty("account").GetProperty("email").ValueKind);
        Assert.True(export.GetProperty("account").GetProperty("disabled").GetBoolean());
        Assert.DoesNotContain("ada@example.test", export.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(patientEmail, export.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Patient asked for erasure (GDPR art. 17), ticket 42.", export.GetProperty("erasure").GetProperty("reason").GetString());
        Assert.Contains(Ids(export.GetProperty("record").GetProperty("adverseEvents")), id => id == eventId);
        Assert.Contains(Ids(export.GetProperty("record").GetProperty("sessions")), id => id == sessionId);
        Assert.Contains(Ids(export.GetProperty("record").GetProperty("checkIns")), id => id == checkInId);
        Assert.Equal(HttpStatusCode.OK, (await world.Officer.GetTestAsync($"/api/v1/adverse-events/{eventId}")).StatusCode);
        Assert.Contains(export.GetProperty("auditEntries").EnumerateArray(), a =>
            a.GetProperty("entityType").GetString() == "PatientErasure" && a.GetProperty("action").GetString() == "create" && a.GetProperty("userId").GetGuid() == adminId);
        var signIn = await world.App.CreateClient().PostJsonAsync("/api/v1/auth/token", new { email = patientEmail, password = ClinicWorld.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        var again = await world.Admin.PostJsonAsync($"/api/v1/patients/{world.PatientId}/erasure", new { reason = "twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("patient-already-erased", (await again.BodyAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Erasure_is_for_the_clinics_administrator_with_a_reason(string provider)
    {
        var world = await WorldWithRecordAsync(provider);
        var elsewhere = await ClinicWorld.CreateAsync(world.App);
        var path = $"/api/v1/patients/{world.PatientId}/erasure";
        var reason = new { reason = "asked" };

        var practitioner = await world.Practitioner.PostJsonAsync(path, reason);
        var patient = await world.Patient.PostJsonAsync(path, reason);
        var otherAdmin = await elsewhere.Admin.PostJsonAsync(path, reason);
        var blank = await world.Admin.PostJsonAsync(path, new { reason = "  " });
        var tooLong = await world.Admin.PostJsonAsync(path, new { reason = new string('x', 1001) });

        Assert.Equal(HttpStatusCode.Forbidden, practitioner.StatusCode);
        Assert.Equal("forbidden", (await practitioner.BodyAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, patient.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("reason", (await blank.BodyAsync()).GetProperty("problems")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("field-too-long", (await tooLong.BodyAsync()).GetProperty("code").GetString());
        Assert.Equal("Ada", await world.App.WithDbAsync((db, _) => db.Patients.Where(p => p.Id == world.PatientId).Select(p => p.GivenName).SingleAsync()));
    }

    private async Task<ClinicWorld> WorldWithRecordAsync(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        await world.App.WithDbAsync(async (db, _) =>
        {
            var patient = await db.Patients.SingleAsync(p => p.Id == world.PatientId);
            patient.Email = "ada@example.test";
            patient.Phone = "+44 20 7946 0999";
            return await db.SaveChangesAsync();
        });
        return world;
    }

    private static async Task<(Guid Session, Guid CheckIn, Guid Event)> RecordAsync(ClinicWorld world)
    {
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = await Created(await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-3), world.LotId)));
        var checkIn = await Created(await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, text = "A little redness." }));
        var adverseEvent = await Created(await world.Practitioner.PostJsonAsync("/api/v1/adverse-events", new
        {
            patientId = world.PatientId,
            sessionId = session,
            eventCode = "nodule",
            onset = world.Today.AddDays(-1),
            seriousness = Array.Empty<string>(),
            severity = "mild",
            outcome = "recovering",
            causality = "possible",
            suspectLotIds = new[] { world.LotId },
            suspectProductIds = new[] { world.ProductId },
            reporterType = "practitioner",
            narrative = "Small firm nodule.",
        }));
        return (session, checkIn, adverseEvent);
    }

    private static async Task<Guid> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.BodyAsync()).GetProperty("id").GetGuid();
    }

    private static IEnumerable<Guid> Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetGuid());
}
