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
    [InlineData("the fat layer under my skin is inflamed", "panniculitis")]
    [InlineData("the fatty tissue feels inflamed", "panniculitis")]
    [InlineData("skin texture is uneven since the third session", "irregular-texture")]
    [InlineData("the surface feels bumpy and irregular", "irregular-texture")]
    [InlineData("the skin there is rough now", "irregular-texture")]
    [InlineData("the patch on my cheek looks lighter", "pigmentation")]
    [InlineData("yağ dokusunda bir iltihaplanma var", "panniculitis")]
    [InlineData("cildimin dokusu pürüzlü", "irregular-texture")]
    [InlineData("الدهون تحت الجلد ملتهبة", "panniculitis")]
    [InlineData("el dohoon moltahbe", "panniculitis")]
    [InlineData("ملمس الجلد خشن", "irregular-texture")]
    [InlineData("الجلد صار فاتح", "pigmentation")]
    public void A_site_and_a_finding_within_the_window_compose(string text, string code)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.Contains(outcome.Items, i => i.Entry.Code == code && i.Composed);
        Assert.True(outcome.WhollyRead);
    }

    /// <summary>Filler words do not count toward the window: "a few words between must not matter"
    /// (issue 9), however many "and", "the", "is", "kind of" sit between.</summary>
    [Theory]
    [InlineData("my top lip is starting to get quite a lot more swollen", "tongue-or-lip-swelling")]
    [InlineData("my lips look like they have gotten a lot more swollen than they were", "tongue-or-lip-swelling")]
    [InlineData("lips are getting really really really swollen today", "tongue-or-lip-swelling")]
    [InlineData("lip on the left side near the corner is swollen", "tongue-or-lip-swelling")]
    [InlineData("it feels like my throat is sort of getting a bit more and more tight", "throat-swelling")]
    public void Filler_words_between_a_site_and_a_finding_do_not_part_them(string text, string code)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.Contains(outcome.Items, i => i.Entry.Code == code && i.Composed);
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("lips and also my cheek is swollen")]
    [InlineData("my lips are fine but the cheek is a bit more swollen")]
    public void A_terminating_word_still_parts_them(string text)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.DoesNotContain(outcome.Items, i => i.Entry.Code == "tongue-or-lip-swelling");
    }

    /// <summary>Issue 9, item 8: a bruise turning yellow is a healing bruise, not jaundice
    /// (reading.json: "bruise" + "yellow" absorbs jaundice). Yellow eyes or skin stay jaundice.</summary>
    [Theory]
    [InlineData("my bruise is turning yellow")]
    [InlineData("the bruise on my cheek is going yellow")]
    [InlineData("bruise is yellowish now")]
    [InlineData("bruised and turned yellow")]
    [InlineData("yellow bruising")]
    [InlineData("the bruises have gone yellow and green")]
    [InlineData("the bruise under my eye is turning yellow")]
    [InlineData("morluğum sarardı")]
    [InlineData("morluk sararmış")]
    [InlineData("كدمتي صارت صفرا")]
    [InlineData("الكدمة لونها اصفر")]
    [InlineData("kadma asfar")]
    public void A_yellow_bruise_is_a_healing_bruise_not_jaundice(string text)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.Equal("bruising", Reader.Codes(outcome));
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("my eyes are yellow", "jaundice")]
    [InlineData("my skin is turning yellow", "jaundice")]
    [InlineData("yellow", "jaundice")]
    [InlineData("bruise on my arm and my eyes look yellow", "bruising jaundice")]
    [InlineData("bruise is yellow and my eyes are yellow too", "bruising jaundice")]
    [InlineData("bruising, and the whites of my eyes are yellow", "bruising jaundice")]
    [InlineData("bruise on the skin is turning yellow", "bruising jaundice")]
    [InlineData("gözlerim sarardı", "jaundice")]
    [InlineData("morluğum sarardı ama gözlerim de sarı", "bruising jaundice")]
    [InlineData("عيوني صفرا", "jaundice")]
    [InlineData("عندي كدمة وعيوني صفرا", "bruising jaundice")]
    public void Yellow_eyes_or_skin_stay_jaundice_even_beside_a_bruise(string text, string codes)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.Equal(codes.Split(' ').Order(StringComparer.Ordinal), Reader.Codes(outcome).Split(' ').Order(StringComparer.Ordinal));
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
