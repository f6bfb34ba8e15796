using System.Net;
using MesoSafe.Web.Tests.Problems;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Access;

/// <summary>Issue 11 item 1 (ADR 0409): a recall queues every clinic's exposed patients but tells
/// each caller only their own clinics'; administrators see only their clinics' accounts; clinics are
/// opened and renamed by an administrator, audited. There is no chain-wide role.</summary>
public sealed class ClinicScopeTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_recall_queues_every_clinic_but_names_only_the_callers_clinics_exposures(string provider)
    {
        var app = await fixture.AppAsync(provider);
        var a = await ClinicWorld.CreateAsync(app);
        var b = await ClinicWorld.CreateAsync(app);
        var lot = a.SecondLotId;
        var ownSession = await SessionAsync(a, a.PatientId, lot);
        var otherSessions = new[] { await SessionAsync(b, b.PatientId, lot), await SessionAsync(b, b.OtherPatientId, lot) };

        var response = await a.Officer.PostJsonAsync($"/api/v1/lots/{lot}/recall", new { reason = "sterility failure" });
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var otherQueue = await (await b.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();
        var lotForB = await (await b.Practitioner.GetTestAsync($"/api/v1/lots/{lot}")).BodyAsync();
        var lotForA = await (await a.Practitioner.GetTestAsync($"/api/v1/lots/{lot}")).BodyAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recall = await response.BodyAsync();
        Assert.Equal([a.PatientId], recall.GetProperty("patients").EnumerateArray().Select(p => p.GetGuid()));
        Assert.Equal([ownSession], recall.GetProperty("exposures").EnumerateArray().Select(e => e.GetProperty("sessionId").GetGuid()));
        Assert.Equal(2, recall.GetProperty("otherClinicsPatients").GetInt32());
        Assert.Equal(2, recall.GetProperty("otherClinicsSessions").GetInt32());
        foreach (var id in otherSessions.Append(b.PatientId).Append(b.OtherPatientId).Append(b.ClinicId))
        {
            Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(
            new[] { b.PatientId, b.OtherPatientId }.Order(),
            otherQueue.EnumerateArray().Where(e => e.GetProperty("reason").GetString() == "lot-recalled").Select(e => e.GetProperty("patientId").GetGuid()).Order());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lotForB.GetProperty("recalledBy").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, lotForA.GetProperty("recalledBy").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_admin_page_and_the_users_api_list_only_the_administrators_clinics_accounts(string provider)
    {
        var app = await fixture.AppAsync(provider);
        var a = await ClinicWorld.CreateAsync(app);
        var b = await ClinicWorld.CreateAsync(app);
        var otherEmails = new[] { "practitioner-", "officer-", "admin-", "patient-", "other-" }
            .Select(role => b.PractitionerEmail.Replace("practitioner-", role, StringComparison.Ordinal)).ToList();

        var page = await (await app.PageClient(a.Admin).GetAsync("/Admin", TestContext.Current.CancellationToken)).HtmlAsync();
        var users = await (await a.Admin.GetTestAsync("/api/v1/users?pageSize=100")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var clinics = await (await a.Admin.GetTestAsync("/api/v1/clinics")).BodyAsync();

        Assert.Contains(a.PractitionerEmail, page, StringComparison.Ordinal);
        Assert.Contains(a.PractitionerEmail, users, StringComparison.Ordinal);
        foreach (var email in otherEmails)
        {
            Assert.DoesNotContain(email, page, StringComparison.Ordinal);
            Assert.DoesNotContain(email, users, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(b.ClinicId.ToString(), page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([a.ClinicId], clinics.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_administrator_opens_and_renames_a_clinic_audited_and_another_clinic_is_not_found(string provider)
    {
        var app = await fixture.AppAsync(provider);
        var a = await ClinicWorld.CreateAsync(app);
        var b = await ClinicWorld.CreateAsync(app);
        var name = "Clinic " + Guid.NewGuid().ToString("N")[..8];

        var created = await a.Admin.PostJsonAsync("/api/v1/clinics", new { name = "  " + name + " " });
        var id = (await created.BodyAsync()).GetProperty("id").GetGuid();
        var listed = await (await a.Admin.GetTestAsync("/api/v1/clinics")).BodyAsync();
        var renamed = await a.Admin.SendTestAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/clinics/{id}") { Content = JsonContent(new { name = name + " North" }) });
        var other = await a.Admin.SendTestAsync(new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/clinics/{b.ClinicId}") { Content = JsonContent(new { name = "Taken over" }) });
        var byPractitioner = await a.Practitioner.PostJsonAsync("/api/v1/clinics", new { name = "Mine " + name });
        var audit = await app.WithDbAsync(async (db, _) => await db.AuditEntries.Where(e => e.EntityType == "Clinic" && e.EntityId == id.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        var bName = await app.WithDbAsync(async (db, _) => await db.Clinics.Where(c => c.Id == b.ClinicId).Select(c => c.Name).SingleAsync());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/clinics/{id}", created.Headers.Location?.OriginalString);
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id && c.GetProperty("name").GetString() == name);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(name + " North", (await renamed.BodyAsync()).GetProperty("name").GetString());
        await ProblemShape.AssertAsync(other, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.NotFound, byPractitioner.StatusCode);
        Assert.Equal(["create", "update"], audit);
        Assert.NotEqual("Taken over", bName);
    }

    public static TheoryData<string, string, HttpStatusCode, string> Refusals()
    {
        var data = new TheoryData<string, string, HttpStatusCode, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            data.Add(provider, "", HttpStatusCode.BadRequest, "required");
            data.Add(provider, "   ", HttpStatusCode.BadRequest, "required");
            data.Add(provider, new string('n', 201), HttpStatusCode.BadRequest, "field-too-long");
            data.Add(provider, "{taken}", HttpStatusCode.Conflict, "clinic-name-taken");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_clinic_name_is_refused_naming_the_field(string provider, string name, HttpStatusCode status, string code)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var taken = await world.App.WithDbAsync(async (db, _) => await db.Clinics.Where(c => c.Id == world.ClinicId).Select(c => c.Name).SingleAsync());

        var response = await world.Admin.PostJsonAsync("/api/v1/clinics", new { name = name.Replace("{taken}", taken.ToUpperInvariant(), StringComparison.Ordinal) });

        var body = await ProblemShape.AssertAsync(response, status, code);
        Assert.Equal([("name", code)], ProblemShape.Entries(body));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_clinics_page_opens_and_renames_a_clinic_and_summarises_errors(string provider)
    {
        var app = await fixture.AppAsync(provider);
        var a = await ClinicWorld.CreateAsync(app);
        var b = await ClinicWorld.CreateAsync(app);
        var page = app.PageClient(a.Admin);
        var name = "Clinic " + Guid.NewGuid().ToString("N")[..8];

        var blank = await page.PostFormAsync("/Admin/Clinics", [new("Open.Name", "")], "Open");
        var opened = await page.PostFormAsync("/Admin/Clinics", [new("Open.Name", name)], "Open");
        var foreign = await page.PostFormAsync("/Admin/Clinics", [new("Rename.ClinicId", b.ClinicId.ToString()), new("Rename.Name", "Taken over")], "Rename");
        var id = await app.WithDbAsync(async (db, _) => await db.Clinics.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        var renamed = await page.PostFormAsync("/Admin/Clinics", [new("Rename.ClinicId", id.ToString()), new("Rename.Name", name + " South")], "Rename");
        var after = await (await page.GetAsync("/Admin/Clinics", TestContext.Current.CancellationToken)).HtmlAsync();

        var blankHtml = await blank.HtmlAsync();
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("error-summary", blankHtml, StringComparison.Ordinal);
        Assert.Contains("Enter the new clinic&#x27;s name.", blankHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Contains("Choose one of your clinics.", await foreign.HtmlAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains(name + " South", after, StringComparison.Ordinal);
        Assert.DoesNotContain(b.ClinicId.ToString(), after, StringComparison.OrdinalIgnoreCase);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static async Task<Guid> SessionAsync(ClinicWorld world, Guid patient, Guid lot)
    {
        var plan = await world.ReadyPlanAsync(patient);
        var session = await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(patient, plan, world.Today.AddDays(-3), lot));
        session.EnsureSuccessStatusCode();
        return (await session.BodyAsync()).GetProperty("id").GetGuid();
    }
}
