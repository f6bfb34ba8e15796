using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests;

public sealed class ScreeningDecisionTests
{
    private static readonly ScreeningEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("stroke,pregnant,lupus,keloids", ScreeningDecision.Contraindicated)]
    [InlineData("pregnant,lupus,keloids", ScreeningDecision.Deferred)]
    [InlineData("lupus,keloids", ScreeningDecision.NeedsReview)]
    [InlineData("keloids", ScreeningDecision.EligibleWithPrecautions)]
    [InlineData("", ScreeningDecision.Eligible)]
    public void The_decision_is_the_most_severe_effect(string conditions, ScreeningDecision decision)
    {
        var request = ScreeningRequests.Eligible().WithConditions(conditions.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(decision, Engine.Evaluate(request).Decision);
    }

    [Fact]
    public void Information_alone_leaves_the_patient_eligible()
    {
        var request = ScreeningRequests.Eligible().WithPlan(p => p with { Indication = "hair-loss", Substances = ["biotin"] });

        var result = Engine.Evaluate(request);

        Assert.Equal(FindingEffect.Info, Assert.Single(result.Findings).Effect);
        Assert.Equal(ScreeningDecision.Eligible, result.Decision);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void A_first_session_requires_a_sensitivity_test(bool? previousMesotherapy)
    {
        var request = ScreeningRequests.Eligible() with
        {
            Patient = ScreeningRequests.Eligible().Patient with { PreviousMesotherapy = previousMesotherapy },
        };

        Assert.Equal(["physical-examination", "sensitivity-test"], Engine.Evaluate(request).RequiredBeforeTreatment);
    }

    [Fact]
    public void A_returning_patient_needs_no_sensitivity_test_but_is_examined_before_the_course()
    {
        Assert.Equal(["physical-examination"], Engine.Evaluate(ScreeningRequests.Eligible()).RequiredBeforeTreatment);
    }

    /// <summary>Seed 002: a detailed physical examination before application. Safer reading (the
    /// requirement's note): every screening, whatever previousMesotherapy and the decision say.</summary>
    [Theory]
    [InlineData(true, "")]
    [InlineData(false, "")]
    [InlineData(null, "")]
    [InlineData(true, "stroke")]
    [InlineData(false, "pregnant")]
    [InlineData(true, "lupus")]
    public void A_physical_examination_is_required_before_every_course(bool? previousMesotherapy, string condition)
    {
        var request = ScreeningRequests.Eligible().WithConditions(condition.Split(',', StringSplitOptions.RemoveEmptyEntries)) with
        {
            Patient = ScreeningRequests.Eligible().Patient with { PreviousMesotherapy = previousMesotherapy },
        };

        var required = Engine.Evaluate(request).RequiredBeforeTreatment;

        Assert.Equal("physical-examination", required[0]);
        Assert.Single(required, r => r == "physical-examination");
    }

    [Fact]
    public void The_examination_requirement_is_sourced_and_says_why_it_applies_to_every_course()
    {
        var requirement = Assert.Single(KnowledgeBase.LoadEmbedded().Requirements, r => r.Code == "physical-examination");

        Assert.True(requirement.Always);
        Assert.False(requirement.WhenFirstSession);
        Assert.Contains("002_7e8de476e29357da.txt", requirement.Sources);
        Assert.Contains("safer reading", requirement.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Allergy_history_requires_a_sensitivity_test_even_for_a_returning_patient()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithConditions("allergies"));

        Assert.Equal(["physical-examination", "sensitivity-test"], result.RequiredBeforeTreatment);
    }

    [Theory]
    [InlineData("lupus")]
    [InlineData("type 2 diabetes")]
    [InlineData("cancer in remission")]
    public void A_finding_the_physician_decides_requires_physician_approval(string condition)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithConditions(condition));

        Assert.Equal(["physical-examination", "physician-approval"], result.RequiredBeforeTreatment);
    }

    [Fact]
    public void Requirements_are_listed_once_in_a_stable_order()
    {
        var request = ScreeningRequests.Eligible().WithConditions("lupus", "hay fever", "rheumatoid arthritis")
            .WithPlan(p => p with { CombinedWith = ["prp"] }) with
        {
            Patient = ScreeningRequests.Eligible().Patient with { PreviousMesotherapy = false },
        };

        Assert.Equal(["physical-examination", "sensitivity-test", "physician-approval"], Engine.Evaluate(request).RequiredBeforeTreatment);
    }

    [Fact]
    public void The_contract_example_is_contraindicated_by_the_lidocaine_allergy_and_deferred_by_pregnancy()
    {
        var request = new ScreeningRequest
        {
            Id = "case-17",
            Date = new DateOnly(2026, 11, 22),
            Patient = new PatientDetails { BirthDate = new DateOnly(1990, 5, 1), Sex = "female", PreviousMesotherapy = false },
            Conditions = ["pregnancy"],
            Allergies = ["lidocaine"],
            Medications = ["aspirin"],
            Plan = new PlannedTreatment
            {
                Indication = "hair-loss",
                Areas = ["scalp"],
                Substances = ["biotin", "dexpanthenol"],
                Anesthetic = "lidocaine",
                Technique = "point-by-point",
                DepthMm = 2.0,
            },
        };

        var result = Engine.Evaluate(request);

        Assert.Equal(ScreeningDecision.Contraindicated, result.Decision);
        Assert.Equal(
            ["allergy-to-component", "pregnancy", "blood-thinning-otc", "evidence-hair"],
            result.Findings.Select(f => f.Code));
        Assert.Equal(["physical-examination", "sensitivity-test"], result.RequiredBeforeTreatment);
        Assert.Equal("case-17", result.Id);
    }

    [Fact]
    public void The_engine_is_safe_to_share_between_threads()
    {
        var request = ScreeningRequests.Eligible().WithConditions("pregnant", "diabetes").WithMedications("Xarelto 20 mg");
        var expected = Engine.Evaluate(request).Findings.Select(f => f.Code).ToList();

        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = Engine.Evaluate(request).Findings.Select(f => f.Code).ToArray());

        Assert.All(results, codes => Assert.Equal(expected, codes));
    }
}
