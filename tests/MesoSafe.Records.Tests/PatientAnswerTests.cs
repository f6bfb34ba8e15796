using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Records.Aftercare;
using Xunit;

namespace MesoSafe.Records.Tests;

/// <summary>The patient's answer to a check-in with unread words, whatever order and level the
/// triage engine gives: emergency signs, the words not read, the clinic's call with its number, aftercare.</summary>
public sealed class PatientAnswerTests
{
    private const string Telephone = "+44 20 7946 0123";
    private const string EmergencySigns = "Call emergency services now if your lips, tongue or throat swell or you cannot breathe.";

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadEmbedded();

    private static IReadOnlyList<string> Aftercare => [.. Knowledge.Advice.Where(a => a.AppliesTo == "aftercare").Select(a => a.Text)];

    private static IReadOnlyList<string> Review => [.. Knowledge.Advice.Where(a => a.AppliesTo == "review").Select(a => a.Text)];

    private static TriageResult Result(TriageLevel level, IReadOnlyList<string> advice, IReadOnlyList<string> unrecognized, IReadOnlyList<UnreadEntry>? unread = null) => new()
    {
        Level = level,
        Findings = [],
        Advice = advice,
        Unrecognized = unrecognized,
        Unread = unread ?? [],
        KnowledgeBase = Knowledge.Version,
    };

    [Fact]
    public void The_engines_unread_lines_are_kept_and_its_clinic_line_gets_the_telephone_number()
    {
        var result = Result(TriageLevel.Urgent,
            [EmergencySigns, "We could not read: 'zorblat'", Knowledge.Advice.Single(a => a.Code == "unread-clinic-told").Text, .. Aftercare],
            ["zorblat on my cheek"], [new UnreadEntry("zorblat on my cheek", ["zorblat"])]);

        var answer = PatientAnswer.For(result, Telephone, Knowledge.Advice);

        Assert.Equal(
            [EmergencySigns, "We could not read: 'zorblat'", PatientAnswer.ClinicWillCall(Telephone), .. Aftercare],
            answer.Advice);
        Assert.Contains(Telephone, PatientAnswer.ClinicWillCall(Telephone), StringComparison.Ordinal);
        Assert.Equal("urgent", answer.Level);
        Assert.Equal(["zorblat"], answer.UnreadWords);
        Assert.Equal(Telephone, answer.ClinicTelephone);
    }

    [Fact]
    public void Without_engine_lines_the_unread_words_and_the_clinics_call_come_before_aftercare_and_the_review_line_goes()
    {
        var result = Result(TriageLevel.Review, [.. Review, .. Aftercare], ["glittering sensation in the eyebrows"]);

        var answer = PatientAnswer.For(result, Telephone, Knowledge.Advice);

        Assert.Equal(
            ["We could not read: 'glittering sensation in the eyebrows'", PatientAnswer.ClinicWillCall(Telephone), .. Aftercare],
            answer.Advice);
        Assert.Equal("urgent", answer.Level);
        Assert.True(answer.Unread);
    }

    [Fact]
    public void An_emergency_with_unread_words_stays_an_emergency_with_its_signs_first()
    {
        var emergency = Knowledge.Advice.Where(a => a.AppliesTo == "emergency").Select(a => a.Text).ToList();
        var result = Result(TriageLevel.Emergency, [.. emergency, .. Aftercare], ["zorblat"]);

        var answer = PatientAnswer.For(result, null, Knowledge.Advice);

        Assert.Equal("emergency", answer.Level);
        Assert.Equal([.. emergency, "We could not read: 'zorblat'", PatientAnswer.ClinicWillCall(null), .. Aftercare], answer.Advice);
        Assert.Null(answer.ClinicTelephone);
    }

    [Fact]
    public void A_check_in_read_whole_keeps_the_engines_advice_as_it_is()
    {
        var result = Result(TriageLevel.SelfCare, Aftercare, []);

        var answer = PatientAnswer.For(result, Telephone, Knowledge.Advice);

        Assert.False(answer.Unread);
        Assert.Equal(Aftercare, answer.Advice);
        Assert.Null(answer.ClinicTelephone);
        Assert.Equal("self-care", answer.Level);
    }

    [Fact]
    public void Unread_words_come_from_the_reader_and_any_entry_it_did_not_account_for()
    {
        var result = Result(TriageLevel.Urgent, [], ["zorblat on my cheek", "fizzy quench"],
            [new UnreadEntry("zorblat on my cheek", ["zorblat"]), new UnreadEntry("bright blorp", ["bright", "blorp"])]);

        Assert.True(UnreadText.In(result));
        Assert.Equal(["zorblat", "bright blorp", "fizzy quench"], UnreadText.Of(result));
        Assert.False(UnreadText.In(Result(TriageLevel.Review, [], [])));
    }
}
