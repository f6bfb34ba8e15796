using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

public sealed class KnowledgeBaseRuleCodeTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();

    [Fact]
    public void Screening_finding_codes_are_those_of_the_clinical_rules()
    {
        string[] expected =
        [
            "stroke-history", "diabetes-insulin", "heart-disease-on-medication", "cancer", "coagulation-disorder",
            "anticoagulant-therapy", "urticaria", "allergy-to-component", "lipolytic-with-liver-disease", "immunosuppressed",
            "pregnancy", "breastfeeding", "blood-thinning-otc", "skin-infection-at-site", "isotretinoin",
            "unrecognized-entry", "minor", "age-unknown", "depth-out-of-range", "autoimmune-disease", "diabetes-non-insulin",
            "cancer-remission", "systemic-corticosteroid", "combined-procedure", "smoker", "alcohol", "allergy-history",
            "keloid-tendency", "periorbital-area", "thyroid-disease", "epilepsy", "evidence-hair", "evidence-fat",
            "course-interval-too-short", "course-too-many-sessions", "course-too-few-sessions", "course-interval-too-long",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Kb.ScreeningRules.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(EntryKind.Medication, "anticoagulant", "screening rule anticoagulant-therapy (contraindicated)")]
    [InlineData(EntryKind.Substance, "lidocaine", "screening rule epilepsy (precaution)")]
    [InlineData(EntryKind.Symptom, "nodule", "triage rule nodule-late-onset (review)")]
    [InlineData(EntryKind.Area, "periorbital", "screening rule depth-out-of-range (needs-review)")]
    public void An_entry_knows_the_rules_that_use_it(EntryKind kind, string code, string rule)
    {
        Assert.Contains(rule, Kb.RulesUsing(Kb.Find(kind, code)!));
    }
}
