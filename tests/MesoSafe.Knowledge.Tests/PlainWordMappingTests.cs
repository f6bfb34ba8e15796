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
}
