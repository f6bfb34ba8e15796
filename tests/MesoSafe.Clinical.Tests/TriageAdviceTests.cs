using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using static MesoSafe.Testing.Clinical.TriageRequests;

namespace MesoSafe.Clinical.Tests;

public sealed class TriageAdviceTests
{
    private static readonly TriageEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("pain")]
    [InlineData("rash")]
    [InlineData("pus")]
    [InlineData("wheezing")]
    public void Aftercare_is_always_given(string symptom)
    {
        var advice = string.Join(" ", Engine.Evaluate(Reported(1, Symptom(symptom))).Advice);

        Assert.Contains("cold compress", advice, StringComparison.Ordinal);
        Assert.Contains("hot baths, sauna or heavy exercise for 48 hours", advice, StringComparison.Ordinal);
        Assert.Contains("Do not touch or massage the treated area", advice, StringComparison.Ordinal);
        Assert.Contains("Come back", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void No_symptoms_is_self_care_with_the_aftercare_advice()
    {
        var result = Engine.Evaluate(Reported(1));

        Assert.Equal(TriageLevel.SelfCare, result.Level);
        Assert.Empty(result.Findings);
        Assert.Contains(result.Advice, a => a.Contains("cold compress", StringComparison.Ordinal));
    }

    [Fact]
    public void Emergency_advice_says_to_call_emergency_services_first_and_not_to_drive()
    {
        var advice = Engine.Evaluate(Reported(0, Symptom("throat-swelling"))).Advice;

        Assert.Contains("Call emergency services now", advice[0], StringComparison.Ordinal);
        Assert.Contains("112", advice[0], StringComparison.Ordinal);
        Assert.Contains("911", advice[0], StringComparison.Ordinal);
        Assert.Contains("999", advice[0], StringComparison.Ordinal);
        Assert.Contains(advice, a => a.Contains("Do not drive yourself", StringComparison.Ordinal));
    }

    [Fact]
    public void Urgent_advice_says_to_contact_the_clinic_or_a_doctor_today()
    {
        var advice = Engine.Evaluate(Reported(2, Symptom("pus"))).Advice;

        Assert.Contains("Contact the clinic or a doctor today", advice[0], StringComparison.Ordinal);
        Assert.DoesNotContain(advice, a => a.Contains("emergency services", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_advice_says_to_book_a_review()
    {
        var advice = Engine.Evaluate(Reported(2, Symptom("blister"))).Advice;

        Assert.Contains("Book a review", advice[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Self_care_advice_is_the_aftercare_then_every_sign_to_act_on()
    {
        var kb = KnowledgeBase.LoadEmbedded();
        var expected = kb.Advice.Where(a => a.AppliesTo == "aftercare")
            .Concat(kb.Advice.Where(a => a.AppliesTo == "emergency-signs"))
            .Concat(kb.Advice.Where(a => a.AppliesTo == "clinic-signs"))
            .Select(a => a.Text);

        Assert.Equal(expected, Engine.Evaluate(Reported(1, Symptom("swelling"))).Advice);
    }
}
