using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests;

/// <summary>Rules that read the plan: allergies to components, lipolytics, hormones, anaesthetics,
/// areas, evidence, combined procedures and unrecognized plan entries.</summary>
public sealed class ScreeningPlanRuleTests
{
    private static readonly ScreeningEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("lidocaine", "lidocaine", "lidocaine")]
    [InlineData("Lidocaine HCl", "lidocaine", "lidocaine")]
    [InlineData("local-anesthetics", "procaine", "procaine")]
    [InlineData("local anaesthetics", "mepivacaine", "mepivacaine")]
    public void Allergy_to_the_anaesthetic_directly_or_by_class_contraindicates(string allergy, string anesthetic, string subject)
    {
        var request = ScreeningRequests.Eligible().WithAllergies(allergy).WithPlan(p => p with { Anesthetic = anesthetic });

        var result = Engine.Evaluate(request);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("allergy-to-component", finding.Code);
        Assert.Equal(subject, finding.Subject);
        Assert.Equal(ScreeningDecision.Contraindicated, result.Decision);
    }

    [Theory]
    [InlineData("vitamins", "vitamin-c,biotin", "vitamin-c,biotin")]
    [InlineData("ginkgo", "ginkgo-extract", "ginkgo-extract")]
    [InlineData("plant-extracts", "artichoke-extract,hyaluronic-acid", "artichoke-extract")]
    [InlineData("peptides", "procollagen-peptide,peptides", "procollagen-peptide,peptides")]
    [InlineData("enzymes", "hyaluronidase", "hyaluronidase")]
    [InlineData("hormones", "calcitonin", "calcitonin")]
    [InlineData("minerals", "zinc", "zinc")]
    [InlineData("lipolytics", "lecithin", "phosphatidylcholine")]
    [InlineData("biotin", "biotin,dexpanthenol", "biotin")]
    public void Allergy_to_a_planned_substance_gives_one_finding_per_substance(string allergy, string substances, string subjects)
    {
        var request = ScreeningRequests.Eligible().WithAllergies(allergy).WithPlan(p => p with { Substances = substances.Split(',') });

        var result = Engine.Evaluate(request);

        var findings = result.Findings.Where(f => f.Code == "allergy-to-component").ToList();
        Assert.Equal(subjects.Split(','), findings.Select(f => f.Subject));
        Assert.All(findings, f => Assert.Equal(FindingEffect.Contraindicated, f.Effect));
        Assert.DoesNotContain(result.Findings, f => f.Code == "allergy-history");
    }

    [Theory]
    [InlineData("lidocaine")]
    [InlineData("aspirin")]
    [InlineData("plant extracts")]
    [InlineData("penicillin")]
    public void Allergy_to_something_known_but_not_planned_is_history_and_requires_a_sensitivity_test(string allergy)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithAllergies(allergy));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("allergy-history", finding.Code);
        Assert.Equal(allergy, finding.Subject);
        Assert.Equal(ScreeningDecision.EligibleWithPrecautions, result.Decision);
        Assert.Equal(["physical-examination", "sensitivity-test"], result.RequiredBeforeTreatment);
    }

    [Fact]
    public void An_allergy_written_among_the_conditions_still_matches_the_plan()
    {
        var request = ScreeningRequests.Eligible().WithConditions("allergic to lidocaine").WithPlan(p => p with { Anesthetic = "lidocaine" });

        var result = Engine.Evaluate(request);

        Assert.Contains(result.Findings, f => f.Code == "allergy-to-component" && f.Subject == "lidocaine");
        Assert.Equal(ScreeningDecision.Contraindicated, result.Decision);
    }

    [Fact]
    public void An_allergy_written_among_the_conditions_without_a_planned_match_is_one_allergy_history()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithConditions("allergic to lidocaine"));

        Assert.Equal("allergy-history", Assert.Single(result.Findings).Code);
    }

    [Theory]
    [InlineData("hepatitis C", "lecithin", "facial-rejuvenation", true)]
    [InlineData("fatty liver", "deoxycholate", "cellulite", true)]
    [InlineData("cirrhosis", "hyaluronic-acid", "localized-fat", true)]
    [InlineData("hepatitis", "hyaluronic-acid", "double-chin", true)]
    [InlineData("hepatitis", "hyaluronic-acid", "facial-rejuvenation", false)]
    public void Liver_disease_with_a_lipolytic_or_fat_indication_contraindicates(string condition, string substance, string indication, bool expected)
    {
        var request = ScreeningRequests.Eligible().WithConditions(condition)
            .WithPlan(p => p with { Substances = [substance], Indication = indication });

        var result = Engine.Evaluate(request);

        Assert.Equal(expected, result.Findings.Any(f => f.Code == "lipolytic-with-liver-disease" && f.Effect == FindingEffect.Contraindicated));
    }

    [Theory]
    [InlineData("thyroxine", true)]
    [InlineData("calcitonin", true)]
    [InlineData("biotin", false)]
    public void Thyroid_disease_is_a_precaution_only_with_a_planned_hormone(string substance, bool expected)
    {
        var request = ScreeningRequests.Eligible().WithConditions("hypothyroidism").WithPlan(p => p with { Substances = [substance] });

        var result = Engine.Evaluate(request);

        Assert.Equal(expected, result.Findings.Any(f => f.Code == "thyroid-disease" && f.Effect == FindingEffect.Precaution));
        Assert.Equal(expected ? ScreeningDecision.EligibleWithPrecautions : ScreeningDecision.Eligible, result.Decision);
    }

    [Theory]
    [InlineData("lidocaine", true)]
    [InlineData("procaine", true)]
    [InlineData(null, false)]
    public void Epilepsy_is_a_precaution_only_with_a_local_anaesthetic(string? anesthetic, bool expected)
    {
        var request = ScreeningRequests.Eligible().WithConditions("epilepsy").WithPlan(p => p with { Anesthetic = anesthetic });

        var result = Engine.Evaluate(request);

        Assert.Equal(expected, result.Findings.Any(f => f.Code == "epilepsy" && f.Effect == FindingEffect.Precaution));
    }

    [Theory]
    [InlineData("periorbital")]
    [InlineData("under the eyes")]
    public void The_periorbital_area_is_a_precaution(string area)
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { Areas = [area], DepthMm = 1.5 }));

        Assert.Equal("periorbital-area", Assert.Single(result.Findings).Code);
        Assert.Equal(ScreeningDecision.EligibleWithPrecautions, result.Decision);
    }

    [Theory]
    [InlineData("biotin,dexpanthenol", true)]
    [InlineData("biotin,minoxidil", false)]
    [InlineData("finasteride", false)]
    public void Evidence_hair_applies_without_finasteride_or_minoxidil(string substances, bool expected)
    {
        var request = ScreeningRequests.Eligible().WithPlan(p => p with { Indication = "hair-loss", Areas = ["scalp"], Substances = substances.Split(',') });

        var result = Engine.Evaluate(request);

        Assert.Equal(expected, result.Findings.Any(f => f.Code == "evidence-hair" && f.Effect == FindingEffect.Info));
        Assert.Equal(ScreeningDecision.Eligible, result.Decision);
    }

    [Fact]
    public void Evidence_fat_is_information_for_localized_fat()
    {
        var request = ScreeningRequests.Eligible().WithPlan(p => p with { Indication = "localized-fat", Areas = ["abdomen"], Substances = ["phosphatidylcholine"] });

        var result = Engine.Evaluate(request);

        Assert.Equal("evidence-fat", Assert.Single(result.Findings).Code);
        Assert.Equal(ScreeningDecision.Eligible, result.Decision);
    }

    [Fact]
    public void A_combined_procedure_needs_review_and_physician_approval()
    {
        var result = Engine.Evaluate(ScreeningRequests.Eligible().WithPlan(p => p with { CombinedWith = ["botulinum-toxin"] }));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("combined-procedure", finding.Code);
        Assert.Equal("botulinum-toxin", finding.Subject);
        Assert.Equal(ScreeningDecision.NeedsReview, result.Decision);
        Assert.Contains("physician-approval", result.RequiredBeforeTreatment);
    }

    [Theory]
    [InlineData("substance", "unicorn dust")]
    [InlineData("anesthetic", "magic spray")]
    [InlineData("area", "elbow")]
    [InlineData("technique", "laser")]
    [InlineData("indication", "mood")]
    [InlineData("combinedWith", "mystery peel")]
    public void An_unmappable_plan_entry_is_unrecognized_and_needs_review(string field, string text)
    {
        var request = ScreeningRequests.Eligible().WithPlan(p => field switch
        {
            "substance" => p with { Substances = [.. p.Substances, text] },
            "anesthetic" => p with { Anesthetic = text },
            "area" => p with { Areas = [text] },
            "technique" => p with { Technique = text },
            "indication" => p with { Indication = text },
            _ => p with { CombinedWith = [text] },
        });

        var result = Engine.Evaluate(request);

        Assert.Equal([text], result.Unrecognized);
        Assert.Contains(result.Findings, f => f.Code == "unrecognized-entry" && f.Subject == text && f.Effect == FindingEffect.NeedsReview);
        Assert.Equal(ScreeningDecision.NeedsReview, result.Decision);
    }

    [Fact]
    public void Plan_entries_map_through_synonyms()
    {
        var request = ScreeningRequests.Eligible().WithPlan(p => p with
        {
            Substances = ["Lecithin", "Vitamin C"],
            Anesthetic = "lidocaine hydrochloride",
            Areas = ["Face"],
            Technique = "Point by point",
            Indication = "fine lines",
        });

        var result = Engine.Evaluate(request);

        Assert.Empty(result.Unrecognized);
        Assert.Equal(ScreeningDecision.Eligible, result.Decision);
    }
}
