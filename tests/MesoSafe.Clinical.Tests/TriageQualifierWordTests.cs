using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using static MesoSafe.Testing.Clinical.TriageRequests;

namespace MesoSafe.Clinical.Tests;

/// <summary>Words in a symptom that say severe, spreading or worsening raise those flags (a safer
/// reading): "bleeding won't stop" is the severe bleeding of the rules, not a light one.</summary>
public sealed class TriageQualifierWordTests
{
    private static readonly TriageEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("bleeding won't stop", "bleeding-severe", TriageLevel.Urgent)]
    [InlineData("keeps bleeding", "bleeding-severe", TriageLevel.Urgent)]
    [InlineData("hives all over", "hives-spreading-or-severe", TriageLevel.Urgent)]
    [InlineData("covered in hives", "hives-spreading-or-severe", TriageLevel.Urgent)]
    [InlineData("terrible pain", "severe-symptom", TriageLevel.Urgent)]
    [InlineData("huge bruise", "bruising-severe", TriageLevel.Review)]
    [InlineData("severe headache", "unrecognized-severe", TriageLevel.Urgent)]
    public void A_word_saying_severe_or_spreading_raises_the_level(string symptom, string rule, TriageLevel level)
    {
        var result = Engine.Evaluate(Reported(1, Symptom(symptom)));

        Assert.Equal(level, result.Level);
        Assert.Contains(result.Findings, finding => finding.Rule == rule);
    }

    [Fact]
    public void A_lump_getting_bigger_weeks_later_is_urgent()
    {
        var result = Engine.Evaluate(Reported(20, Symptom("lump getting bigger", started: 10)));

        Assert.Equal(TriageLevel.Urgent, result.Level);
    }

    [Fact]
    public void The_same_words_in_the_description_raise_the_symptoms_it_names()
    {
        var request = Reported(1) with { Text = "the hives are spreading all over my body" };

        Assert.Equal(TriageLevel.Urgent, Engine.Evaluate(request).Level);
    }

    [Fact]
    public void Without_such_a_word_the_reported_flags_stand()
    {
        Assert.Equal(TriageLevel.SelfCare, Engine.Evaluate(Reported(1, Symptom("bleeding"))).Level);
    }
}
