using System.Net;
using MesoSafe.Web.Tests.Problems;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Queue;

public sealed class CheckInQueueTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private static async Task<(ClinicWorld World, Guid SessionId)> TreatedAsync(RecordsFixture fixture, string provider, int daysAgo)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var plan = await world.ReadyPlanAsync(world.PatientId);
        var session = await (await world.Practitioner.PostJsonAsync("/api/v1/sessions",
            ClinicWorld.Session(world.PatientId, plan, world.Today.AddDays(-daysAgo), world.LotId))).BodyAsync();
        return (world, session.GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_urgent_check_in_is_triaged_stored_and_queued_first(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 3);

        var response = await world.Patient.PostJsonAsync("/api/v1/check-ins", new
        {
            sessionId = session,
            reportedOn = world.Today,
            temperatureC = 38.6,
            symptoms = new[] { new { code = "pus", severity = "moderate", startedDaysAfterSession = 2 } },
        });
        var queue = await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var checkIn = await response.BodyAsync();
        Assert.Equal("urgent", checkIn.GetProperty("triageLevel").GetString());
        Assert.Equal("urgent", checkIn.GetProperty("result").GetProperty("level").GetString());
        Assert.Equal(3, checkIn.GetProperty("dayAfterSession").GetInt32());
        var first = queue.EnumerateArray().First();
        Assert.Equal("check-in-urgent", first.GetProperty("reason").GetString());
        Assert.Equal(world.PatientId, first.GetProperty("patientId").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_resolved_item_leaves_the_queue(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 2);
        await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, temperatureC = 39.0 });
        var item = (await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync()).EnumerateArray().First().GetProperty("itemId").GetGuid();

        var byPatient = await world.Patient.PostJsonAsync($"/api/v1/queue/{item}/resolve", new { });
        var resolved = await world.Practitioner.PostJsonAsync($"/api/v1/queue/{item}/resolve", new { });
        var queue = await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();

        Assert.Equal(HttpStatusCode.NotFound, byPatient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.DoesNotContain(queue.EnumerateArray(), e => e.GetProperty("reason").GetString() == "check-in-urgent");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_second_resolution_is_409_and_the_first_one_stands(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 2);
        await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, temperatureC = 39.0 });
        var item = (await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync()).EnumerateArray().First().GetProperty("itemId").GetGuid();

        var first = await (await world.Practitioner.PostJsonAsync($"/api/v1/queue/{item}/resolve", new { })).BodyAsync();
        var again = await world.Officer.PostJsonAsync($"/api/v1/queue/{item}/resolve", new { });
        var stored = await world.App.WithDbAsync((db, _) => db.AttentionItems.AsNoTracking().FirstAsync(a => a.Id == item));

        await ProblemShape.AssertAsync(again, HttpStatusCode.Conflict, "queue-item-already-resolved");
        Assert.Equal(first.GetProperty("resolvedBy").GetGuid(), stored.ResolvedBy);
        Assert.Equal(1, stored.Version);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_emergency_check_in_is_queued_before_an_urgent_one(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 1);
        await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, temperatureC = 38.5 });

        await world.Patient.PostJsonAsync("/api/v1/check-ins", new
        {
            sessionId = session,
            reportedOn = world.Today,
            symptoms = new[] { new { code = "difficulty-breathing", severity = "severe" } },
        });
        var queue = await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();

        Assert.Equal(["check-in-emergency", "check-in-urgent"], queue.EnumerateArray().Take(2).Select(e => e.GetProperty("reason").GetString()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_expected_reaction_is_self_care_and_stays_out_of_the_queue(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 1);

        var response = await world.Patient.PostJsonAsync("/api/v1/check-ins", new
        {
            sessionId = session,
            reportedOn = world.Today,
            symptoms = new[] { new { code = "redness", severity = "mild" } },
        });
        var queue = await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();

        Assert.Equal("self-care", (await response.BodyAsync()).GetProperty("triageLevel").GetString());
        Assert.DoesNotContain(queue.EnumerateArray(), e => e.GetProperty("reason").GetString()!.StartsWith("check-in-u", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unanswered_check_ins_past_due_and_todays_sessions_are_in_the_queue(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 8);
        var plan = await world.ReadyPlanAsync(world.OtherPatientId);
        await world.Practitioner.PostJsonAsync("/api/v1/sessions", ClinicWorld.Session(world.OtherPatientId, plan, world.Today, world.LotId));

        var queue = (await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync()).EnumerateArray().ToList();

        var overdue = queue.Where(e => e.GetProperty("reason").GetString() == "check-in-overdue").ToList();
        Assert.Equal(3, overdue.Count); // days 1, 3 and 7 after a session 8 days ago
        Assert.All(overdue, e => Assert.Equal(session, e.GetProperty("sessionId").GetGuid()));
        Assert.Contains(queue, e => e.GetProperty("reason").GetString() == "session-today" && e.GetProperty("patientId").GetGuid() == world.OtherPatientId);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_check_in_with_bad_fields_names_them(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 1);

        var response = await world.Patient.PostJsonAsync("/api/v1/check-ins", new
        {
            sessionId = session,
            temperatureC = 52.0,
            symptoms = new[] { new { code = "", severity = "terrible" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = await response.ProblemFieldsAsync();
        Assert.Contains("temperatureC", fields);
        Assert.Contains("symptoms[0].code", fields);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_patient_cannot_check_in_for_another_patients_session(string provider)
    {
        var (world, session) = await TreatedAsync(fixture, provider, 1);

        var response = await world.OtherPatient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
