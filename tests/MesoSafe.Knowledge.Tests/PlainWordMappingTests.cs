using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

/// <summary>Plain-word phrasings that once mapped to nothing or to a milder code (the acceptance
/// table in MesoSafe.Cli.Tests found them); each now maps to the code the rules need.</summary>
public sealed class PlainWordMappingTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();

    [Theory]
    [InlineData("throat is closing", "throat-swelling")]
    [InlineData("my throat is closing up", "throat-swelling")]
    [InlineData("tongue swollen", "tongue-or-lip-swelling")]
    [InlineData("my lips are swelling up", "tongue-or-lip-swelling")]
    [InlineData("swelling of the lips", "tongue-or-lip-swelling")]
    [InlineData("blacked out", "fainting")]
    [InlineData("lost consciousness", "fainting")]
    [InlineData("skin turning white", "skin-blanching")]
    [InlineData("blanched skin", "skin-blanching")]
    [InlineData("purple blotchy skin", "skin-mottling")]
    [InlineData("livid skin", "skin-mottling")]
    [InlineData("hot to touch", "warmth")]
    [InlineData("hair loss", "hair-shedding")]
    [InlineData("discoloured skin", "pigmentation")]
    [InlineData("skin looks yellow", "jaundice")]
    [InlineData("lips are puffy", "tongue-or-lip-swelling")]
    [InlineData("swelling in my lips", "tongue-or-lip-swelling")]
    [InlineData("vision is blurry", "vision-change")]
    [InlineData("seeing double", "vision-change")]
    [InlineData("chest tight", "chest-pain")]
    [InlineData("skin went pale and cold", "skin-blanching")]
    [InlineData("bluish patches", "skin-mottling")]
    [InlineData("weeping", "pus")]
    [InlineData("shivers", "fever")]
    [InlineData("eyes swollen shut", "face-swelling")]
    [InlineData("tummy pain", "abdominal-pain")]
    public void A_plain_word_symptom_maps_to_the_rules_symptom(string input, string code)
    {
        Assert.Equal(code, Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Symptom)).Code);
    }

    [Theory]
    [InlineData("can't swallow")]
    [InlineData("difficulty swallowing")]
    [InlineData("hoarse voice")]
    public void Trouble_swallowing_is_read_as_throat_swelling_and_says_so(string input)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Symptom));

        Assert.Equal("throat-swelling", match.Code);
        Assert.Contains("safer reading", match.SaferReading, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MI", "heart-disease-on-medication")]
    [InlineData("irregular heartbeat", "heart-disease-on-medication")]
    [InlineData("stent in 2021", "heart-disease-on-medication")]
    [InlineData("RA", "autoimmune-disease")]
    [InlineData("Sjogren's", "autoimmune-disease")]
    [InlineData("rheumatoid", "autoimmune-disease")]
    [InlineData("brain bleed", "stroke-history")]
    [InlineData("myeloma", "cancer")]
    [InlineData("hodgkin's", "cancer")]
    [InlineData("platelet disorder", "coagulation-disorder")]
    [InlineData("hayfever", "allergy-history")]
    [InlineData("infected spot on cheek", "skin-infection-at-site")]
    public void A_plain_word_condition_maps_to_the_rules_condition(string input, string code)
    {
        Assert.Equal(code, Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Condition)).Code);
    }

    [Theory]
    [InlineData("DVT 2022")]
    [InlineData("pulmonary embolism")]
    [InlineData("blood clots")]
    public void A_past_blood_clot_is_read_as_a_coagulation_disorder_and_says_so(string input)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Condition));

        Assert.Equal("coagulation-disorder", match.Code);
        Assert.Contains("safer reading", match.SaferReading, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bruise easily", "coagulation-disorder")]
    [InlineData("type 1", "diabetes-insulin")]
    [InlineData("breast ca", "cancer")]
    [InlineData("acne", "skin-infection-at-site")]
    [InlineData("pimples", "skin-infection-at-site")]
    public void A_terse_condition_takes_the_safer_reading_and_says_so(string input, string code)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Condition));

        Assert.Equal(code, match.Code);
        Assert.NotNull(match.SaferReading);
    }

    [Theory]
    [InlineData("anaphylaxis", "throat-swelling")]
    [InlineData("necrosis", "skin-mottling")]
    [InlineData("red streaks", "pus")]
    public void An_alarming_word_takes_the_safer_symptom_and_says_so(string input, string code)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Symptom));

        Assert.Equal(code, match.Code);
        Assert.NotNull(match.SaferReading);
    }

    [Theory]
    [InlineData("bupivacaine", "local-anesthetics")]
    [InlineData("soy", "phosphatidylcholine")]
    [InlineData("neomycin", "antibiotic")]
    [InlineData("B7", "biotin")]
    [InlineData("hyaluronic", "hyaluronic-acid")]
    public void An_allergy_word_is_read_as_the_substance_it_may_touch(string input, string code)
    {
        Assert.Equal(code, Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Substance, EntryKind.SubstanceClass)).Code);
    }

    [Theory]
    [InlineData("Duoplavin", "antiplatelet-prescribed")]
    [InlineData("Cardiprin", "aspirin")]
    [InlineData("Dolorex", "nsaid")]
    [InlineData("Oratane", "isotretinoin")]
    public void A_brand_name_maps_to_its_medication(string input, string code)
    {
        Assert.Equal(code, Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Medication)).Code);
    }

    [Theory]
    [InlineData("diabetes type 2 (insulin)", "insulin")]
    [InlineData("breast cancer (in remission)", "cancer")]
    [InlineData("swelling (lips)", "tongue-or-lip-swelling")]
    public void A_bracketed_note_adds_what_it_names(string input, string code)
    {
        var codes = Kb.Vocabulary.Match(input, EntryKind.Condition, EntryKind.Medication, EntryKind.Symptom).Select(match => match.Code);

        Assert.Contains(code, codes);
    }
}
