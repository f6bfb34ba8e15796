using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Knowledge.Tests.Reading;

/// <summary>Stages: compositions (a site and a finding within a window, reading.json), "none" and
/// the qualifiers that raise a symptom's flags (ADR 0104).</summary>
public sealed class CompositionStageTests
{
    [Theory]
    [InlineData("my lips are really swollen", "tongue-or-lip-swelling")]
    [InlineData("what if my lips swell", "tongue-or-lip-swelling")]
    [InlineData("my upper lip is getting really puffy", "tongue-or-lip-swelling")]
    [InlineData("tongue feels thick", "tongue-or-lip-swelling")]
    [InlineData("my throat is kind of closing up", "throat-swelling")]
    [InlineData("my eye has gone fuzzy", "vision-change")]
    [InlineData("one eye is all foggy", "vision-change")]
    [InlineData("my lips are thicker", "tongue-or-lip-swelling")]
    [InlineData("the skin near my nose looks whiter", "skin-blanching")]
    [InlineData("patch on my cheek turned purple", "skin-mottling")]
    [InlineData("my chest feels tight", "chest-pain")]
    public void A_site_and_a_finding_within_the_window_compose(string text, string code)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.Contains(outcome.Items, i => i.Entry.Code == code && i.Composed);
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("my lip. swollen")]
    [InlineData("swollen. lips fine")]
    [InlineData("lips look great. cheeks are swollen")]
    public void A_sentence_break_stops_a_composition(string text)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.Equal("swelling", Reader.Codes(outcome));
        Assert.DoesNotContain(outcome.Items, i => i.Composed);
    }

    [Fact]
    public void A_composition_word_in_a_screening_entry_composes_nothing()
    {
        var outcome = Reader.Read("lips swollen", ReadingField.Conditions);

        Assert.DoesNotContain(outcome.Items, i => i.Composed);
    }

    [Theory]
    [InlineData("none", ReadingField.Conditions)]
    [InlineData("None", ReadingField.Medications)]
    [InlineData("nil", ReadingField.Conditions)]
    [InlineData("none known", ReadingField.Allergies)]
    [InlineData("no allergies", ReadingField.Allergies)]
    [InlineData("none", ReadingField.Symptoms)]
    public void None_alone_says_nothing(string text, ReadingField field)
    {
        var outcome = Reader.Read(text, field);

        Assert.True(outcome.SaysNothing);
        Assert.Empty(outcome.Items);
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("none, warfarin")]
    [InlineData("none but warfarin")]
    public void None_with_something_else_is_not_nothing(string text)
    {
        var outcome = Reader.Read(text, ReadingField.Medications);

        Assert.False(outcome.SaysNothing);
        Assert.Equal("anticoagulant", Reader.Codes(outcome));
    }

    [Theory]
    [InlineData("bleeding wont stop", true, false, false)]
    [InlineData("really bad pain", true, false, false)]
    [InlineData("hives all over", false, true, false)]
    [InlineData("swelling spreading down my neck", false, true, false)]
    [InlineData("lump getting bigger", false, false, true)]
    [InlineData("a bit red", false, false, false)]
    [InlineData("mild swelling", false, false, false)]
    [InlineData("redness getting better", false, false, false)]
    public void Qualifiers_raise_flags_and_never_lower_them(string text, bool severe, bool spreading, bool worsening)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.Equal((severe, spreading, worsening), (outcome.Severe, outcome.Spreading, outcome.Worsening));
        Assert.Single(outcome.Items);
        Assert.True(outcome.WhollyRead);
    }
}
