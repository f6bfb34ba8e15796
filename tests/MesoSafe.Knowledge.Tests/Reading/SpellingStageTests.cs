using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Knowledge.Tests.Reading;

/// <summary>Stage: spelling (ADR 0104). An unknown word is read as a vocabulary word within
/// Damerau-Levenshtein 1 from 5 letters, 2 from 9; never on a tie between meanings; never a word
/// under 5 letters; never a number. Every correction is reported.</summary>
public sealed class SpellingStageTests
{
    [Theory]
    [InlineData("wafarin", ReadingField.Medications, "anticoagulant", "warfarin")]
    [InlineData("warfrin", ReadingField.Medications, "anticoagulant", "warfarin")]
    [InlineData("xarleto", ReadingField.Medications, "anticoagulant", "xarelto")]
    [InlineData("ibuprophen", ReadingField.Medications, "nsaid", "ibuprofen")]
    [InlineData("ibuprovfen", ReadingField.Medications, "nsaid", "ibuprofen")]
    [InlineData("ibuprophn", ReadingField.Medications, "nsaid", "ibuprofen")]
    [InlineData("clopidogrl", ReadingField.Medications, "antiplatelet-prescribed", "clopidogrel")]
    [InlineData("clopidgrl", ReadingField.Medications, "antiplatelet-prescribed", "clopidogrel")]
    [InlineData("acetylsalicilic acid", ReadingField.Medications, "aspirin", "acetylsalicylic")]
    [InlineData("bruisd", ReadingField.Symptoms, "bruising", "bruised")]
    // Arabizi writes letters with digits: a word is not a number because it starts with one.
    [InlineData("ba2bo2a", ReadingField.Symptoms, "blister", "ba2boo2a")]
    [InlineData("5adaraan", ReadingField.Symptoms, "numbness", "5adaran")]
    [InlineData("tashanojj", ReadingField.Symptoms, "seizure", "tashanoj")]
    public void A_near_spelling_is_read_as_the_word_and_says_so(string text, ReadingField field, string code, string word)
    {
        var outcome = Reader.Read(text, field);

        var item = Assert.Single(outcome.Items);
        Assert.Equal(code, item.Entry.Code);
        Assert.True(outcome.WhollyRead);
        var correction = Assert.Single(outcome.Corrections);
        Assert.Contains($"'{word}'", correction, StringComparison.Ordinal);
        Assert.Contains(word, item.Note, StringComparison.Ordinal);
    }

    [Theory]
    // Within reach of two words that mean different things.
    [InlineData("burting", "hurting (pain) and burning")]
    [InlineData("hurning", "hurting (pain) and burning")]
    // Under 5 letters: never corrected.
    [InlineData("rahs", "rash, 4 letters")]
    [InlineData("itcy", "itch, 4 letters")]
    [InlineData("swel", "swell, 4 letters")]
    // Arabizi: "katmet" is one edit from "kadmet" (bruise) and from "katmeh" (chest tightness).
    [InlineData("katmet", "kadmet (bruising) and katmeh (chest-pain)")]
    public void A_tie_or_a_short_word_is_left_unread(string text, string why)
    {
        var outcome = Reader.Read(text, ReadingField.Symptoms);

        Assert.True(outcome.Items.Count == 0, why);
        Assert.Equal([text], outcome.Unread);
        Assert.Empty(outcome.Corrections);
        Assert.False(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("aspirin 2O19", "2O19")]
    [InlineData("aspirin 1OO", "1OO")]
    public void A_number_is_never_corrected_into_a_word(string text, string unread)
    {
        var outcome = Reader.Read(text, ReadingField.Medications);

        Assert.Equal("aspirin", Assert.Single(outcome.Items).Entry.Code);
        Assert.Empty(outcome.Corrections);
        Assert.Contains(unread, outcome.Unread);
    }

    [Theory]
    [InlineData("aspirin 1000")]
    [InlineData("aspirin 81")]
    [InlineData("xarelto 20mg")]
    public void A_dose_is_read_as_a_dose_not_corrected(string text)
    {
        var outcome = Reader.Read(text, ReadingField.Medications);

        Assert.Single(outcome.Items);
        Assert.Empty(outcome.Corrections);
        Assert.True(outcome.WhollyRead);
    }

    [Fact]
    public void An_entry_of_only_a_number_is_not_read()
    {
        var outcome = Reader.Read("2019", ReadingField.Medications);

        Assert.Empty(outcome.Items);
        Assert.False(outcome.SaysNothing);
        Assert.False(outcome.WhollyRead);
    }
}
