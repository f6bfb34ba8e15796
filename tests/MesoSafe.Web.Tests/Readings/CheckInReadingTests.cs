using System.Net;
using System.Text.Json;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Readings;

/// <summary>A practitioner's reading of an unread check-in is kept beside it (never overwriting the
/// check-in's text or triage), audited, resolves the queue item, and is counted for the administrator.</summary>
public sealed class CheckInReadingTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    private const string Glitter = "glittering sensation in the eyebrows";

    private static object Reading(string action = "read as lip swelling: emergency; patient called 14:05", string[]? readAs = null,
        string? level = "emergency", string? language = "en", string[]? words = null) =>
        new { action, readAs = readAs ?? ["tongue-or-lip-swelling"], level, language, words };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_reading_is_stored_beside_the_check_in_which_stays_as_it_was(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, null);
        var checkIn = await UnreadWorld.UnreadCheckInAsync(world, session, Glitter);
        var before = await world.App.WithDbAsync((db, _) => db.CheckIns.AsNoTracking().SingleAsync(c => c.Id == checkIn));
        world.App.Clock.Advance(TimeSpan.FromMinutes(7));

        var response = await world.Practitioner.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reading = await response.BodyAsync();
        Assert.Equal(checkIn, reading.GetProperty("checkInId").GetGuid());
        Assert.Equal(["tongue-or-lip-swelling"], reading.GetProperty("readAs").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("emergency", reading.GetProperty("level").GetString());
        Assert.Equal("en", reading.GetProperty("language").GetString());
        Assert.Contains(reading.GetProperty("words").EnumerateArray(), w => w.GetString()!.Contains("glittering", StringComparison.Ordinal));
        Assert.Equal(world.App.Clock.GetUtcNow(), reading.GetProperty("recordedAt").GetDateTimeOffset());
        Assert.False(string.IsNullOrEmpty(reading.GetProperty("knowledgeBase").GetString()));
        var after = await world.App.WithDbAsync((db, _) => db.CheckIns.AsNoTracking().SingleAsync(c => c.Id == checkIn));
        Assert.Equal(before.RequestJson, after.RequestJson);
        Assert.Equal(before.ResultJson, after.ResultJson);
        Assert.Equal(before.TriageLevel, after.TriageLevel);
        Assert.Equal(before.SubmittedAt, after.SubmittedAt);
        var listed = await (await world.Practitioner.GetTestAsync($"/api/v1/check-ins/{checkIn}/readings")).BodyAsync();
        Assert.Equal(reading.GetProperty("id").GetGuid(), Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_reading_is_audited_and_resolves_the_queue_item(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, null);
        var checkIn = await UnreadWorld.UnreadCheckInAsync(world, session, Glitter);

        var reading = await (await world.Practitioner.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading())).BodyAsync();
        var queue = await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync();

        Assert.DoesNotContain(queue.EnumerateArray(), e => e.TryGetProperty("checkInId", out var id) && id.ValueKind == JsonValueKind.String && id.GetGuid() == checkIn);
        var id = reading.GetProperty("id").GetGuid().ToString();
        var audit = await world.App.WithDbAsync((db, _) => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "CheckInReading" && a.EntityId == id).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("create", entry.Action);
        Assert.Equal(world.PatientId, entry.PatientId);
        Assert.NotNull(entry.UserId);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_readings_recorded_at_once_are_both_kept(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, null);
        var checkIn = await UnreadWorld.UnreadCheckInAsync(world, session, Glitter);
        var second = await ClinicWorld.SignedInAsync(world.App, world.PractitionerEmail);

        var responses = await Task.WhenAll(
            world.Practitioner.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading("read as lip swelling; called the patient")),
            second.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading("read as eyebrow tingling; review booked", ["tingling"], "review")));
        var listed = await (await world.Practitioner.GetTestAsync($"/api/v1/check-ins/{checkIn}/readings")).BodyAsync();

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(
            ["read as eyebrow tingling; review booked", "read as lip swelling; called the patient"],
            listed.EnumerateArray().Select(r => r.GetProperty("action").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Another_clinics_check_in_is_not_found(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, null);
        var checkIn = await UnreadWorld.UnreadCheckInAsync(world, session, Glitter);
        var elsewhere = await ClinicWorld.CreateAsync(world.App);

        var response = await elsewhere.Practitioner.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading());
        var listed = await elsewhere.Practitioner.GetTestAsync($"/api/v1/check-ins/{checkIn}/readings");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not-found", await response.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
        Assert.Equal(0, await world.App.WithDbAsync((db, _) => db.CheckInReadings.CountAsync(r => r.CheckInId == checkIn)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_bad_reading_names_each_field(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, null);
        var checkIn = await UnreadWorld.UnreadCheckInAsync(world, session, Glitter);

        var response = await world.Practitioner.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings",
            new { action = " ", readAs = new[] { "no-such-code" }, level = "terrible", language = "english!" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["action", "language", "level", "readAs[0]"], (await response.ProblemFieldsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(0, await world.App.WithDbAsync((db, _) => db.CheckInReadings.CountAsync(r => r.CheckInId == checkIn)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Only_a_practitioner_records_a_reading_and_only_staff_list_them(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, null);
        var checkIn = await UnreadWorld.UnreadCheckInAsync(world, session, Glitter);

        var byOfficer = await world.Officer.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading());
        var byPatient = await world.Patient.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading());

        var readByPatient = await world.Patient.GetTestAsync($"/api/v1/check-ins/{checkIn}/readings");

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPatient.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readByPatient.StatusCode);
        Assert.Equal(0, await world.App.WithDbAsync((db, _) => db.CheckInReadings.CountAsync(r => r.CheckInId == checkIn)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_administrator_sees_readings_counted_and_a_draft_of_candidate_synonyms(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, null);
        foreach (var action in new[] { "first: called", "second: called", "third: called" })
        {
            var checkIn = await UnreadWorld.UnreadCheckInAsync(world, session, Glitter);
            (await world.Practitioner.PostJsonAsync($"/api/v1/check-ins/{checkIn}/readings", Reading(action, words: [Glitter]))).EnsureSuccessStatusCode();
        }

        var other = await UnreadWorld.UnreadCheckInAsync(world, session, "zorblat quenching fizz");
        (await world.Practitioner.PostJsonAsync($"/api/v1/check-ins/{other}/readings", Reading("no idea; patient called", [], null, null))).EnsureSuccessStatusCode();

        var page = await world.Admin.GetTestAsync("/Admin/Readings");
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var draftResponse = await world.Admin.GetTestAsync("/Admin/Readings?handler=Draft");
        var draft = await draftResponse.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Glitter, html, StringComparison.Ordinal);
        Assert.Contains("zorblat", html, StringComparison.Ordinal);
        Assert.Equal("application/json", draftResponse.Content.Headers.ContentType?.MediaType);
        Assert.True(draft.GetProperty("draft").GetBoolean());
        var candidate = Assert.Single(draft.GetProperty("candidates").EnumerateArray());
        Assert.Equal("tongue-or-lip-swelling", candidate.GetProperty("code").GetString());
        Assert.Equal(Glitter, candidate.GetProperty("words").GetString());
        Assert.Equal("en", candidate.GetProperty("language").GetString());
        Assert.Equal(3, candidate.GetProperty("count").GetInt32());
        Assert.StartsWith("practitioner readings, knowledge base ", candidate.GetProperty("source").GetString(), StringComparison.Ordinal);
    }
}
