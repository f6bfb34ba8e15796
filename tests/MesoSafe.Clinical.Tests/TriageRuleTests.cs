using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using MesoSafe.Testing.Clinical;
using static MesoSafe.Testing.Clinical.TriageRequests;

namespace MesoSafe.Clinical.Tests;

/// <summary>One row a triage rule: a single symptom and the rule and level that place it.</summary>
public sealed class TriageRuleTests
{
    private static readonly TriageEngine Engine = new(KnowledgeBase.LoadEmbedded());

    [Theory]
    [InlineData("difficulty-breathing")]
    [InlineData("throat-swelling")]
    [InlineData("tongue-or-lip-swelling")]
    [InlineData("wheezing")]
    [InlineData("fainting")]
    [InlineData("chest-pain")]
    [InlineData("vision-change")]
    [InlineData("can't breathe")]
    [InlineData("swollen throat")]
    public void Emergency_symptoms_call_emergency_services(string symptom)
    {
        var result = Engine.Evaluate(Reported(1, Symptom(symptom)));

        Assert.Equal(TriageLevel.Emergency, result.Level);
        Assert.Equal("emergency-symptom", Assert.Single(result.Findings).Rule);
    }

    // days, code, severity, started, spreading, worsening -> rule, level
    [Theory]
    [InlineData(1, "fever", SymptomSeverity.Mild, 0, false, false, "fever", TriageLevel.Urgent)]
    [InlineData(1, "pus", SymptomSeverity.Mild, 0, false, false, "pus", TriageLevel.Urgent)]
    [InlineData(1, "skin-blanching", SymptomSeverity.Mild, 0, false, false, "vascular-compromise", TriageLevel.Urgent)]
    [InlineData(1, "white patch", SymptomSeverity.Mild, 0, false, false, "vascular-compromise", TriageLevel.Urgent)]
    [InlineData(1, "skin-mottling", SymptomSeverity.Mild, 0, false, false, "vascular-compromise", TriageLevel.Urgent)]
    [InlineData(1, "livedo", SymptomSeverity.Mild, 0, false, false, "vascular-compromise", TriageLevel.Urgent)]
    [InlineData(1, "ulcer", SymptomSeverity.Mild, 0, false, false, "ulcer", TriageLevel.Urgent)]
    [InlineData(1, "open wound", SymptomSeverity.Mild, 0, false, false, "ulcer", TriageLevel.Urgent)]
    [InlineData(1, "hives", SymptomSeverity.Mild, 0, true, false, "hives-spreading-or-severe", TriageLevel.Urgent)]
    [InlineData(1, "hives", SymptomSeverity.Severe, 0, false, false, "hives-spreading-or-severe", TriageLevel.Urgent)]
    [InlineData(1, "hives", SymptomSeverity.Moderate, 0, false, false, "hives-localized", TriageLevel.Review)]
    [InlineData(1, "rash", SymptomSeverity.Severe, 0, false, false, "rash-severe", TriageLevel.Urgent)]
    [InlineData(1, "rash", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(1, "pain", SymptomSeverity.Severe, 0, false, false, "severe-symptom", TriageLevel.Urgent)]
    [InlineData(1, "swelling", SymptomSeverity.Severe, 0, false, false, "severe-symptom", TriageLevel.Urgent)]
    [InlineData(1, "bruising", SymptomSeverity.Severe, 0, false, false, "bruising-severe", TriageLevel.Review)]
    [InlineData(1, "vomiting", SymptomSeverity.Severe, 0, false, false, "vomiting-severe-or-prolonged", TriageLevel.Urgent)]
    [InlineData(3, "vomiting", SymptomSeverity.Mild, 0, false, false, "vomiting-severe-or-prolonged", TriageLevel.Urgent)]
    [InlineData(2, "vomiting", SymptomSeverity.Mild, 0, false, false, "not-expected", TriageLevel.Review)]
    [InlineData(4, "vomiting", SymptomSeverity.Mild, 2, false, false, "not-expected", TriageLevel.Review)]
    [InlineData(1, "jaundice", SymptomSeverity.Mild, 0, false, false, "jaundice", TriageLevel.Urgent)]
    [InlineData(0, "bleeding", SymptomSeverity.Severe, 0, false, false, "bleeding-severe", TriageLevel.Urgent)]
    [InlineData(0, "bleeding", SymptomSeverity.Mild, 0, false, false, "expected", TriageLevel.SelfCare)]
    [InlineData(8, "nodule", SymptomSeverity.Mild, 7, false, true, "nodule-late-worsening", TriageLevel.Urgent)]
    [InlineData(8, "lump", SymptomSeverity.Mild, 6, false, true, "worsening", TriageLevel.Review)]
    [InlineData(14, "nodule", SymptomSeverity.Mild, 14, false, false, "nodule-late-onset", TriageLevel.Review)]
    [InlineData(13, "nodule", SymptomSeverity.Mild, 13, false, false, "expected", TriageLevel.SelfCare)]
    [InlineData(2, "hardening", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(2, "pigmentation", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(2, "dark spots", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(2, "scar", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(2, "blister", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(2, "hair-shedding", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(2, "abdominal-pain", SymptomSeverity.Mild, 0, false, false, "review-symptom", TriageLevel.Review)]
    [InlineData(3, "numbness", SymptomSeverity.Mild, 0, false, false, "numbness-or-tingling-prolonged", TriageLevel.Review)]
    [InlineData(3, "tingling", SymptomSeverity.Mild, 0, false, false, "numbness-or-tingling-prolonged", TriageLevel.Review)]
    [InlineData(3, "numbness", SymptomSeverity.Mild, 1, false, false, "beyond-expected", TriageLevel.Review)]
    [InlineData(3, "diarrhea", SymptomSeverity.Mild, 0, false, false, "diarrhea-prolonged", TriageLevel.Review)]
    [InlineData(3, "diarrhea", SymptomSeverity.Mild, 1, false, false, "beyond-expected", TriageLevel.Review)]
    [InlineData(1, "dizziness", SymptomSeverity.Mild, 0, false, false, "not-expected", TriageLevel.Review)]
    [InlineData(1, "warmth", SymptomSeverity.Mild, 0, false, false, "not-expected", TriageLevel.Review)]
    [InlineData(1, "face-swelling", SymptomSeverity.Mild, 0, false, false, "not-expected", TriageLevel.Review)]
    [InlineData(3, "redness", SymptomSeverity.Mild, 0, false, true, "worsening", TriageLevel.Review)]
    [InlineData(2, "redness", SymptomSeverity.Mild, 0, false, true, "expected", TriageLevel.SelfCare)]
    [InlineData(1, "swelling", SymptomSeverity.Moderate, 0, false, false, "expected", TriageLevel.SelfCare)]
    public void A_symptom_is_placed_by_its_rule(int days, string code, SymptomSeverity severity, int started, bool spreading, bool worsening, string rule, TriageLevel level)
    {
        var result = Engine.Evaluate(Reported(days, Symptom(code, severity, started, spreading, worsening)));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(level, finding.Level);
        Assert.Equal(level, result.Level);
        Assert.Equal(rule == "expected", finding.Expected);
        Assert.NotEmpty(finding.Sources);
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hives")]
    [InlineData("dizziness")]
    public void Face_swelling_with_hives_or_dizziness_is_an_emergency(string partner)
    {
        var result = Engine.Evaluate(Reported(0, Symptom("face-swelling"), Symptom(partner)));

        Assert.Equal(TriageLevel.Emergency, result.Level);
        Assert.Contains(result.Findings, f => f.Symptom == "face-swelling" && f.Rule == "face-swelling-with-hives-or-dizziness");
    }

    [Theory]
    [InlineData(true, false, false, false, TriageLevel.Urgent)]
    [InlineData(false, true, false, false, TriageLevel.Urgent)]
    [InlineData(false, false, true, false, TriageLevel.Urgent)]
    [InlineData(false, false, false, true, TriageLevel.Urgent)]
    [InlineData(false, false, false, false, TriageLevel.Review)]
    public void Warmth_and_redness_are_urgent_when_either_spreads_or_worsens(bool warmthSpreading, bool warmthWorsening, bool rednessSpreading, bool rednessWorsening, TriageLevel level)
    {
        var result = Engine.Evaluate(Reported(
            1,
            Symptom("warmth", spreading: warmthSpreading, worsening: warmthWorsening),
            Symptom("redness", spreading: rednessSpreading, worsening: rednessWorsening)));

        Assert.Equal(level, result.Level);
        Assert.Equal(level == TriageLevel.Urgent, result.Findings.All(f => f.Rule == "warmth-and-redness-spreading"));
    }

    [Fact]
    public void A_nodule_with_pus_is_urgent()
    {
        var result = Engine.Evaluate(Reported(3, Symptom("nodule"), Symptom("pus")));

        Assert.Equal("nodule-with-pus", Assert.Single(result.Findings, f => f.Symptom == "nodule").Rule);
    }

    [Theory]
    [InlineData(SymptomSeverity.Mild, "unrecognized-symptom", TriageLevel.Urgent)]
    [InlineData(SymptomSeverity.Moderate, "unrecognized-symptom", TriageLevel.Urgent)]
    [InlineData(SymptomSeverity.Severe, "unrecognized-severe", TriageLevel.Urgent)]
    public void An_unrecognized_symptom_is_urgent_whatever_its_severity(SymptomSeverity severity, string rule, TriageLevel level)
    {
        var result = Engine.Evaluate(Reported(1, Symptom("glowing ears", severity)));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal("glowing ears", finding.Symptom);
        Assert.Equal(level, result.Level);
        Assert.Equal(["glowing ears"], result.Unrecognized);
    }

    [Fact]
    public void The_level_is_the_most_severe_finding()
    {
        var result = Engine.Evaluate(Reported(1, Symptom("swelling"), Symptom("rash"), Symptom("pus"), Symptom("wheezing")));

        Assert.Equal(TriageLevel.Emergency, result.Level);
        Assert.Equal(["swelling", "rash", "pus", "wheezing"], result.Findings.Select(f => f.Symptom));
    }

    [Fact]
    public void Free_text_in_the_description_is_scanned_for_symptoms()
    {
        var request = Reported(1, Symptom("swelling")) with { Text = "Since last night I can't breathe properly" };

        var result = Engine.Evaluate(request);

        Assert.Equal(TriageLevel.Emergency, result.Level);
        Assert.Contains(result.Findings, f => f.Symptom == "difficulty-breathing" && f.Rule == "emergency-symptom");
    }

    [Fact]
    public void A_symptom_at_the_end_of_a_long_description_is_found()
    {
        var filler = string.Concat(Enumerable.Repeat("the area looked fine this morning and ", 40));
        var request = Reported(1) with { Text = filler + "now my throat is swollen" };

        var result = Engine.Evaluate(request);

        Assert.Equal(TriageLevel.Emergency, result.Level);
        Assert.Equal("throat-swelling", Assert.Single(result.Findings).Symptom);
    }

    [Fact]
    public void A_description_naming_an_already_reported_symptom_adds_nothing()
    {
        var request = Reported(1, Symptom("swelling", SymptomSeverity.Moderate)) with { Text = "some swelling" };

        Assert.Single(Engine.Evaluate(request).Findings);
    }

    [Fact]
    public void Free_text_symptom_codes_map_through_synonyms()
    {
        var result = Engine.Evaluate(Reported(2, Symptom("Lump"), Symptom("dark spots")));

        Assert.Equal(["nodule", "pigmentation"], result.Findings.Select(f => f.Symptom));
        Assert.Empty(result.Unrecognized);
    }

    [Fact]
    public void The_result_carries_the_id_and_knowledge_base_version()
    {
        var result = Engine.Evaluate(Reported(1, Symptom("pain")));

        Assert.Equal("test", result.Id);
        Assert.Equal("2026.11.1", result.KnowledgeBase);
    }
}
