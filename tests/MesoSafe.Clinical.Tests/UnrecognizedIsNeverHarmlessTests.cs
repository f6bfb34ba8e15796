using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests;

/// <summary>Random text (fixed seed) in every list: whatever maps to nothing is returned as
/// unrecognized and keeps the patient out of "eligible" and out of "self-care".</summary>
public sealed class UnrecognizedIsNeverHarmlessTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();
    private static readonly ScreeningEngine Screening = new(Kb);
    private static readonly TriageEngine Triage = new(Kb);

    public static TheoryData<string> RandomTexts()
    {
        var random = new Random(20261122);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -.,()'%";
        var data = new TheoryData<string>();
        for (var i = 0; i < 200; i++)
        {
            var chars = new char[random.Next(1, 30)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            data.Add(new string(chars));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RandomTexts))]
    public void Text_that_maps_to_nothing_is_never_eligible(string text)
    {
        var known = Kb.Vocabulary.Match(text, EntryKind.Condition, EntryKind.Medication, EntryKind.Habit, EntryKind.NoEntry).Count > 0;

        var result = Screening.Evaluate(ScreeningRequests.Eligible().WithConditions(text));

        Assert.Equal(!known, result.Unrecognized.Contains(text));
        if (!known)
        {
            Assert.True(result.Decision >= ScreeningDecision.NeedsReview, $"{text} -> {result.Decision}");
        }
    }

    [Theory]
    [MemberData(nameof(RandomTexts))]
    public void A_symptom_that_maps_to_nothing_is_never_self_care(string text)
    {
        var known = Kb.Vocabulary.Match(text, EntryKind.Symptom).Count > 0;

        var result = Triage.Evaluate(TriageRequests.Reported(1, TriageRequests.Symptom(text)));

        Assert.Equal(!known, result.Unrecognized.Contains(text));
        if (!known)
        {
            Assert.True(result.Level >= TriageLevel.Review, $"{text} -> {result.Level}");
        }
    }
}
