using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Knowledge.Tests.Reading;

/// <summary>Stage: context cues (NegEx / ConText, ADR 0104). Each row gives the codes read in
/// order, with their context when not asserted ("aspirin/negated").</summary>
public sealed class ContextScopeStageTests
{
    [Theory]
    [InlineData("not pregnant", ReadingField.Conditions, "pregnancy/negated", "not")]
    [InlineData("denies pregnancy", ReadingField.Conditions, "pregnancy/negated", "denies")]
    [InlineData("pregnancy test negative", ReadingField.Conditions, "pregnancy/negated", "negative")]
    [InlineData("not taking aspirin", ReadingField.Medications, "aspirin/negated", "not taking")]
    [InlineData("no aspirin or ibuprofen", ReadingField.Medications, "aspirin/negated nsaid/negated", "no")]
    public void A_negation_cue_negates_what_it_reaches(string text, ReadingField field, string codes, string cue)
    {
        var outcome = Reader.Read(text, field);

        Assert.Equal(codes, Reader.Codes(outcome));
        Assert.All(outcome.Items, item => Assert.Equal(cue, item.Cue));
        Assert.All(outcome.Items, item => Assert.True(item.ScopeSure));
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("no aspirin but ibuprofen", "aspirin/negated nsaid")]
    [InlineData("no aspirin, ibuprofen", "aspirin/negated nsaid")]
    [InlineData("no aspirin but on clopidogrel", "aspirin/negated antiplatelet-prescribed")]
    [InlineData("not on warfarin, takes fish oil", "anticoagulant/negated fish-oil")]
    public void Negation_ends_at_but_and_at_a_comma(string text, string codes)
    {
        var outcome = Reader.Read(text, ReadingField.Medications);

        Assert.Equal(codes, Reader.Codes(outcome));
        Assert.True(outcome.WhollyRead);
    }

    [Fact]
    public void Negation_over_an_unread_word_is_not_sure()
    {
        var outcome = Reader.Read("no zorblat pregnant", ReadingField.Conditions);

        var item = Assert.Single(outcome.Items);
        Assert.Equal(MentionContext.Negated, item.Context);
        Assert.False(item.ScopeSure);
        Assert.Equal(["zorblat"], outcome.Unread);
    }

    [Fact]
    public void Each_negation_after_a_comma_starts_again()
    {
        var outcome = Reader.Read("no diabetes, no stroke, pregnant", ReadingField.Conditions);

        Assert.Equal("diabetes-insulin/negated stroke-history/negated pregnancy", Reader.Codes(outcome));
    }

    [Theory]
    [InlineData("stopped ibuprofen 3 weeks ago", "nsaid", "stopped", 21)]
    [InlineData("stopped ibuprofen 2 wks ago", "nsaid", "stopped", 14)]
    [InlineData("stopped ibuprofen last week", "nsaid", "stopped", 7)]
    [InlineData("stopped ibuprofen yesterday", "nsaid", "stopped", 1)]
    [InlineData("finished roaccutane in february 2026", "isotretinoin", "finished", 267)]
    [InlineData("finished roaccutane in january 2026", "isotretinoin", "finished", 295)]
    [InlineData("roaccutane as a teenager", "isotretinoin", "as a teenager", 1095)]
    public void A_past_mention_carries_the_days_since(string text, string code, string cue, int days)
    {
        var outcome = Reader.Read(text, ReadingField.Medications);

        var item = Assert.Single(outcome.Items);
        Assert.Equal(code, item.Entry.Code);
        Assert.Equal(MentionContext.Past, item.Context);
        Assert.Equal(cue, item.Cue);
        Assert.Equal(days, item.ElapsedDays);
    }

    [Fact]
    public void A_past_mention_that_says_no_time_has_no_days()
    {
        var item = Assert.Single(Reader.Read("stopped warfarin", ReadingField.Medications).Items);

        Assert.Equal(MentionContext.Past, item.Context);
        Assert.Null(item.ElapsedDays);
    }

    [Fact]
    public void An_age_gives_the_days_since_from_the_birth_date()
    {
        // Born 1990-05-01, 36 on 2026-11-22: at 16 is at least 19 whole years ago.
        var item = Assert.Single(Reader.Read("stopped roaccutane at 16", ReadingField.Medications).Items);

        Assert.Equal(MentionContext.Past, item.Context);
        Assert.Equal(19 * 365, item.ElapsedDays);
    }

    [Theory]
    [InlineData("my mum has diabetes", ReadingField.Conditions, "diabetes-insulin/other-person")]
    [InlineData("my friend had hives", ReadingField.Symptoms, "hives/other-person")]
    [InlineData("my mum has diabetes, i have asthma", ReadingField.Conditions, "diabetes-insulin/other-person allergy-history")]
    [InlineData("my mum has diabetes and i have asthma", ReadingField.Conditions, "diabetes-insulin/other-person allergy-history")]
    [InlineData("my friend had hives and i have them too", ReadingField.Symptoms, "hives")]
    public void Someone_elses_mention_is_theirs_until_the_patient_speaks_of_themselves(string text, ReadingField field, string codes)
    {
        var outcome = Reader.Read(text, field);

        Assert.Equal(codes, Reader.Codes(outcome));
        Assert.True(outcome.WhollyRead);
    }

    [Fact]
    public void The_first_person_ends_the_other_persons_scope_in_a_composition()
    {
        var outcome = Reader.Read("my sister's lips swelled and mine are swelling too", ReadingField.Symptoms);

        Assert.Contains(outcome.Items, i => i.Entry.Code == "tongue-or-lip-swelling" && i.Context == MentionContext.Asserted);
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("might be pregnant", ReadingField.Conditions, "pregnancy/hypothetical", "might")]
    [InlineData("what if my lips swell", ReadingField.Symptoms, "swelling/hypothetical tongue-or-lip-swelling/hypothetical", "if")]
    public void A_hypothetical_mention_is_marked(string text, ReadingField field, string codes, string cue)
    {
        var outcome = Reader.Read(text, field);

        Assert.Equal(codes, Reader.Codes(outcome));
        Assert.All(outcome.Items, item => Assert.Equal(cue, item.Cue));
    }
}
