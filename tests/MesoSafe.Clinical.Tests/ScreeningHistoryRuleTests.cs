using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests;

/// <summary>One row a rule of the screening tables that a condition, medication or allergy triggers.</summary>
public sealed class ScreeningHistoryRuleTests
{
    private static readonly ScreeningEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("condition", "stroke", "stroke-history", FindingEffect.Contraindicated)]
    [InlineData("condition", "TIA", "stroke-history", FindingEffect.Contraindicated)]
    [InlineData("condition", "Type 1 diabetes", "diabetes-insulin", FindingEffect.Contraindicated)]
    [InlineData("medication", "Lantus 20 units", "diabetes-insulin", FindingEffect.Contraindicated)]
    [InlineData("medication", "insulin", "diabetes-insulin", FindingEffect.Contraindicated)]
    [InlineData("condition", "heart failure", "heart-disease-on-medication", FindingEffect.Contraindicated)]
    [InlineData("condition", "atrial fibrillation on treatment", "heart-disease-on-medication", FindingEffect.Contraindicated)]
    [InlineData("condition", "active cancer", "cancer", FindingEffect.Contraindicated)]
    [InlineData("condition", "haemophilia", "coagulation-disorder", FindingEffect.Contraindicated)]
    [InlineData("condition", "low platelets", "coagulation-disorder", FindingEffect.Contraindicated)]
    [InlineData("medication", "Coumadin", "anticoagulant-therapy", FindingEffect.Contraindicated)]
    [InlineData("medication", "Xarelto 20 mg", "anticoagulant-therapy", FindingEffect.Contraindicated)]
    [InlineData("medication", "clopidogrel", "anticoagulant-therapy", FindingEffect.Contraindicated)]
    [InlineData("medication", "Brilinta", "anticoagulant-therapy", FindingEffect.Contraindicated)]
    [InlineData("condition", "chronic hives", "urticaria", FindingEffect.Contraindicated)]
    [InlineData("condition", "kidney transplant", "immunosuppressed", FindingEffect.Contraindicated)]
    [InlineData("condition", "HIV not controlled", "immunosuppressed", FindingEffect.Contraindicated)]
    [InlineData("medication", "tacrolimus", "immunosuppressed", FindingEffect.Contraindicated)]
    [InlineData("medication", "methotrexate", "immunosuppressed", FindingEffect.Contraindicated)]
    [InlineData("condition", "Pregnant", "pregnancy", FindingEffect.Deferred)]
    [InlineData("condition", "currently pregnant (12 weeks)", "pregnancy", FindingEffect.Deferred)]
    [InlineData("condition", "breastfeeding", "breastfeeding", FindingEffect.Deferred)]
    [InlineData("medication", "ASA 81 mg", "blood-thinning-otc", FindingEffect.Deferred)]
    [InlineData("medication", "ibuprofen", "blood-thinning-otc", FindingEffect.Deferred)]
    [InlineData("medication", "vitamin E", "blood-thinning-otc", FindingEffect.Deferred)]
    [InlineData("medication", "fish oil", "blood-thinning-otc", FindingEffect.Deferred)]
    [InlineData("medication", "ginkgo", "blood-thinning-otc", FindingEffect.Deferred)]
    [InlineData("condition", "impetigo", "skin-infection-at-site", FindingEffect.Deferred)]
    [InlineData("condition", "herpes", "skin-infection-at-site", FindingEffect.Deferred)]
    [InlineData("medication", "Roaccutane", "isotretinoin", FindingEffect.Deferred)]
    [InlineData("condition", "lupus", "autoimmune-disease", FindingEffect.NeedsReview)]
    [InlineData("condition", "type 2 diabetes on diet", "diabetes-non-insulin", FindingEffect.NeedsReview)]
    [InlineData("condition", "cancer in remission", "cancer-remission", FindingEffect.NeedsReview)]
    [InlineData("medication", "prednisolone 5 mg", "systemic-corticosteroid", FindingEffect.NeedsReview)]
    [InlineData("condition", "keloids", "keloid-tendency", FindingEffect.Precaution)]
    [InlineData("condition", "hay fever", "allergy-history", FindingEffect.Precaution)]
    [InlineData("condition", "atopy", "allergy-history", FindingEffect.Precaution)]
    [InlineData("condition", "xyzzy syndrome", "unrecognized-entry", FindingEffect.NeedsReview)]
    [InlineData("medication", "Zzyxomab", "unrecognized-entry", FindingEffect.NeedsReview)]
    [InlineData("allergy", "plasters", "unrecognized-entry", FindingEffect.NeedsReview)]
    public void A_history_entry_gives_its_finding_and_decision(string list, string entry, string code, FindingEffect effect)
    {
        var request = list switch
        {
            "condition" => ScreeningRequests.Eligible().WithConditions(entry),
            "medication" => ScreeningRequests.Eligible().WithMedications(entry),
            _ => ScreeningRequests.Eligible().WithAllergies(entry),
        };

        var result = Engine.Evaluate(request);

        var finding = Assert.Single(result.Findings, f => f.Code == code);
        Assert.Equal(effect, finding.Effect);
        Assert.Equal((ScreeningDecision)(int)effect, result.Decision);
        Assert.NotEmpty(finding.Sources);
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_eligible_request_has_no_findings()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible());

        Assert.Equal(ScreeningDecision.Eligible, result.Decision);
        Assert.Empty(result.Findings);
        Assert.Empty(result.Unrecognized);
        Assert.Equal("2026.11.1", result.KnowledgeBase);
        Assert.Equal("test", result.Id);
    }

    [Theory]
    [InlineData("condition")]
    [InlineData("medication")]
    [InlineData("allergy")]
    public void An_unrecognized_entry_is_returned_and_never_harmless(string list)
    {
        const string text = "blue moon fever";
        var request = list switch
        {
            "condition" => ScreeningRequests.Eligible().WithConditions(text),
            "medication" => ScreeningRequests.Eligible().WithMedications(text),
            _ => ScreeningRequests.Eligible().WithAllergies(text),
        };

        var result = Engine.Evaluate(request);

        Assert.Equal([text], result.Unrecognized);
        Assert.Equal(text, Assert.Single(result.Findings, f => f.Code == "unrecognized-entry").Subject);
        Assert.Equal(ScreeningDecision.NeedsReview, result.Decision);
    }

    [Fact]
    public void An_entry_naming_two_medications_yields_both_findings()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithMedications("aspirin and warfarin"));

        Assert.Contains(result.Findings, f => f.Code == "anticoagulant-therapy");
        Assert.Contains(result.Findings, f => f.Code == "blood-thinning-otc");
        Assert.Empty(result.Unrecognized);
    }

    [Theory]
    [InlineData("diabetes", "diabetes-insulin")]
    [InlineData("diabetic", "diabetes-insulin")]
    [InlineData("heart disease", "heart-disease-on-medication")]
    [InlineData("HIV", "immunosuppressed")]
    public void An_ambiguous_entry_takes_the_safer_reading_and_says_so(string condition, string code)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithConditions(condition));

        var finding = Assert.Single(result.Findings, f => f.Code == code);
        Assert.Equal(FindingEffect.Contraindicated, finding.Effect);
        Assert.Contains("safer reading", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blood_thinning_finding_names_the_medicine_and_the_seven_days()
    {
        var finding = Assert.Single(Engine.Evaluate(ScreeningRequests.Eligible().WithMedications("Nurofen")).Findings);

        Assert.Equal("nsaid", finding.Subject);
        Assert.Contains("7 days", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Medicines_a_condition_implies_map_to_the_condition()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithMedications("metformin 500 mg twice a day"));

        Assert.Equal("diabetes-non-insulin", Assert.Single(result.Findings).Code);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("NKDA")]
    [InlineData("no known allergies")]
    public void None_is_recognized_and_names_nothing(string allergy)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithAllergies(allergy));

        Assert.Empty(result.Findings);
        Assert.Empty(result.Unrecognized);
    }

    [Fact]
    public void Smoker_and_alcohol_are_precautions()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible() with { Habits = new Habits { Smoker = true, Alcohol = true } });

        Assert.Equal(["smoker", "alcohol"], result.Findings.Select(f => f.Code));
        Assert.All(result.Findings, f => Assert.Equal(FindingEffect.Precaution, f.Effect));
        Assert.Equal(ScreeningDecision.EligibleWithPrecautions, result.Decision);
    }
}
