using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using static MesoSafe.Testing.Clinical.TriageRequests;

namespace MesoSafe.Clinical.Tests;

/// <summary>Both sides of every duration and temperature limit.</summary>
public sealed class TriageThresholdTests
{
    private static readonly TriageEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("pain", 3)]
    [InlineData("burning", 3)]
    [InlineData("redness", 5)]
    [InlineData("swelling", 5)]
    [InlineData("itching", 5)]
    [InlineData("bruising", 14)]
    [InlineData("nodule", 14)]
    [InlineData("nausea", 2)]
    [InlineData("bleeding", 1)]
    [InlineData("numbness", 2)]
    [InlineData("tingling", 2)]
    [InlineData("diarrhea", 2)]
    public void A_mild_or_moderate_symptom_is_self_care_up_to_its_expected_duration_then_review(string symptom, int expectedDays)
    {
        // Started the day before the report so the "lasting" rules (numbness, diarrhea) stay quiet.
        var atLimit = Engine.Evaluate(Reported(expectedDays, Symptom(symptom, SymptomSeverity.Moderate, started: Math.Max(0, expectedDays - 1))));
        var beyond = Engine.Evaluate(Reported(expectedDays + 1, Symptom(symptom, SymptomSeverity.Moderate, started: Math.Max(0, expectedDays - 1))));

        Assert.Equal(TriageLevel.SelfCare, atLimit.Level);
        Assert.True(Assert.Single(atLimit.Findings).Expected);
        Assert.Equal(TriageLevel.Review, beyond.Level);
        Assert.Equal("beyond-expected", Assert.Single(beyond.Findings).Rule);
    }

    [Theory]
    [InlineData(37.9, TriageLevel.SelfCare)]
    [InlineData(38.0, TriageLevel.Urgent)]
    [InlineData(39.5, TriageLevel.Urgent)]
    public void A_temperature_of_38_or_more_is_urgent(double temperature, TriageLevel level)
    {
        var result = Engine.Evaluate(Reported(1) with { TemperatureC = temperature });

        Assert.Equal(level, result.Level);
        Assert.Equal(level == TriageLevel.Urgent, result.Findings.Any(f => f.Symptom == "temperature" && f.Rule == "fever"));
    }

    [Theory]
    [InlineData(6, 7, false, TriageLevel.SelfCare)]
    [InlineData(7, 7, true, TriageLevel.Urgent)]
    [InlineData(6, 8, true, TriageLevel.Review)]
    public void A_worsening_nodule_that_began_7_or_more_days_after_is_urgent(int started, int days, bool worsening, TriageLevel level)
    {
        var result = Engine.Evaluate(Reported(days, Symptom("nodule", started: started, worsening: worsening)));

        Assert.Equal(level, result.Level);
    }

    [Theory]
    [InlineData(13, TriageLevel.SelfCare)]
    [InlineData(14, TriageLevel.Review)]
    public void A_nodule_that_began_14_or_more_days_after_needs_review(int started, TriageLevel level)
    {
        Assert.Equal(level, Engine.Evaluate(Reported(started, Symptom("nodule", started: started))).Level);
    }

    [Theory]
    [InlineData(2, TriageLevel.SelfCare)]
    [InlineData(3, TriageLevel.Review)]
    public void Worsening_3_or_more_days_after_the_session_is_at_least_review(int days, TriageLevel level)
    {
        Assert.Equal(level, Engine.Evaluate(Reported(days, Symptom("bruising", worsening: true))).Level);
    }

    [Theory]
    [InlineData(4, 2, TriageLevel.Review)]
    [InlineData(5, 2, TriageLevel.Urgent)]
    public void Vomiting_lasting_is_counted_from_its_start(int days, int started, TriageLevel level)
    {
        Assert.Equal(level, Engine.Evaluate(Reported(days, Symptom("vomiting", started: started))).Level);
    }
}
