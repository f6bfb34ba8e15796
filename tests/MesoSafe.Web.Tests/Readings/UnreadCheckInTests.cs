using System.Net;
using System.Text.Json;
using MesoSafe.Knowledge;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Readings;

/// <summary>Issue 23: a check-in with words nobody could read reaches a person today. The patient is
/// told which words were not read and the clinic's number; the clinic sees it first among urgent items.</summary>
public sealed class UnreadCheckInTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    /// <summary>No vocabulary reads this, now or after the reader is rewritten.</summary>
    public const string Nonsense = "zorblat quenching fizz";

    public const string Telephone = "+44 20 7946 0777";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_answer_names_the_unread_words_then_the_clinics_call_and_number_then_aftercare(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, Telephone);

        var response = await world.Patient.PostJsonAsync("/api/v1/check-ins", UnreadWorld.Report(world, session, Nonsense));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = (await response.BodyAsync()).GetProperty("answer");
        Assert.True(answer.GetProperty("unread").GetBoolean());
        Assert.Contains(answer.GetProperty("level").GetString(), new[] { "urgent", "emergency" });
        Assert.Equal(Telephone, answer.GetProperty("clinicTelephone").GetString());
        Assert.Contains(answer.GetProperty("unreadWords").EnumerateArray(), w => w.GetString()!.Contains("zorblat", StringComparison.Ordinal));
        var advice = answer.GetProperty("advice").EnumerateArray().Select(a => a.GetString()!).ToList();
        var couldNotRead = advice.FindIndex(a => a.StartsWith("We could not read", StringComparison.Ordinal) && a.Contains("zorblat", StringComparison.Ordinal));
        var clinicCall = advice.FindIndex(a => a.Contains("will contact you today", StringComparison.Ordinal) && a.Contains(Telephone, StringComparison.Ordinal));
        var aftercare = KnowledgeBase.LoadEmbedded().Advice.Where(a => a.AppliesTo == "aftercare").Select(a => a.Text).ToHashSet();
        var firstAftercare = advice.FindIndex(aftercare.Contains);
        Assert.True(couldNotRead >= 0, "the answer names the unread words");
        Assert.True(clinicCall > couldNotRead, "the clinic's call and number come after the unread words");
        Assert.True(firstAftercare > clinicCall, "aftercare comes last");
        Assert.All(advice.Skip(firstAftercare), a => Assert.Contains(a, aftercare));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unread_check_in_is_queued_first_among_urgent_items_with_its_words(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, Telephone);
        await world.Patient.PostJsonAsync("/api/v1/check-ins", new { sessionId = session, reportedOn = world.Today, temperatureC = 38.6 });
        world.App.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Patient.PostJsonAsync("/api/v1/check-ins", UnreadWorld.Report(world, session, Nonsense));
        world.App.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Patient.PostJsonAsync("/api/v1/check-ins", new
        {
            sessionId = session,
            reportedOn = world.Today,
            symptoms = new[] { new { code = "difficulty-breathing", severity = "severe" } },
        });

        var queue = (await (await world.Practitioner.GetTestAsync("/api/v1/queue")).BodyAsync()).EnumerateArray().ToList();

        Assert.Equal(["check-in-emergency", "check-in-unread", "check-in-urgent"], queue.Take(3).Select(e => e.GetProperty("reason").GetString()));
        Assert.Equal(1, queue[1].GetProperty("priority").GetInt32());
        Assert.Contains(queue[1].GetProperty("unreadWords").EnumerateArray(), w => w.GetString()!.Contains("zorblat", StringComparison.Ordinal));
        Assert.Empty(queue[2].GetProperty("unreadWords").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_check_in_read_whole_gets_no_unread_answer(string provider)
    {
        var (world, session) = await UnreadWorld.TreatedAsync(fixture, provider, Telephone);

        var response = await world.Patient.PostJsonAsync("/api/v1/check-ins", new
        {
            sessionId = session,
            reportedOn = world.Today,
            symptoms = new[] { new { code = "redness", severity = "mild" } },
        });

        var answer = (await response.BodyAsync()).GetProperty("answer");
        Assert.False(answer.GetProperty("unread").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("clinicTelephone").ValueKind);
        Assert.DoesNotContain(answer.GetProperty("advice").EnumerateArray(), a => a.GetString()!.StartsWith("We could not read", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_clinic_telephone_is_stored_on_the_clinic(string provider)
    {
        var (world, _) = await UnreadWorld.TreatedAsync(fixture, provider, Telephone);

        var stored = await world.App.WithDbAsync((db, _) => db.Clinics.Where(c => c.Id == world.ClinicId).Select(c => c.Telephone).SingleAsync());

        Assert.Equal(Telephone, stored);
    }
}
