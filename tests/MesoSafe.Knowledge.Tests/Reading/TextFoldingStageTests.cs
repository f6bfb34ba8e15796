using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Knowledge.Tests.Reading;

/// <summary>Stage 1, folding (ADR 0104): the ways people type a word meet. Observed through what the
/// reader reads: each spelling gives the same code as the plain word, wholly read, with no spelling
/// correction needed (folding is not correction).</summary>
public sealed class TextFoldingStageTests
{
    [Theory]
    // Case and Latin accents.
    [InlineData("PREGNANT", ReadingField.Conditions, "pregnancy")]
    [InlineData("Prégnänt", ReadingField.Conditions, "pregnancy")]
    [InlineData("Coumadïne", ReadingField.Medications, "anticoagulant")]
    [InlineData("ÀSPÌRÍN", ReadingField.Medications, "aspirin")]
    // Turkish dotted capital İ and dotless ı, ş, ğ, ü, ç.
    [InlineData("ASPİRİN", ReadingField.Medications, "aspirin")]
    [InlineData("İbuprofen", ReadingField.Medications, "nsaid")]
    [InlineData("warfarın", ReadingField.Medications, "anticoagulant")]
    [InlineData("HAMİLEYİM", ReadingField.Conditions, "pregnancy")]
    [InlineData("hamileyim", ReadingField.Conditions, "pregnancy")]
    [InlineData("şeker hastasıyım", ReadingField.Conditions, "diabetes-insulin")]
    [InlineData("seker hastasiyim", ReadingField.Conditions, "diabetes-insulin")]
    [InlineData("ŞEKER HASTASIYIM", ReadingField.Conditions, "diabetes-insulin")]
    [InlineData("anne sütü veriyorum", ReadingField.Conditions, "breastfeeding")]
    [InlineData("anne sutu veriyorum", ReadingField.Conditions, "breastfeeding")]
    [InlineData("kaşıntı", ReadingField.Symptoms, "itching")]
    [InlineData("kasinti", ReadingField.Symptoms, "itching")]
    [InlineData("ağrı", ReadingField.Symptoms, "pain")]
    [InlineData("agri", ReadingField.Symptoms, "pain")]
    [InlineData("DUDAKLARIM ŞİŞTİ", ReadingField.Symptoms, "tongue-or-lip-swelling")]
    [InlineData("dudaklarim sisti", ReadingField.Symptoms, "tongue-or-lip-swelling")]
    // Arabic: harakat, shadda, tatweel.
    [InlineData("حامل", ReadingField.Conditions, "pregnancy")]
    [InlineData("حَامِل", ReadingField.Conditions, "pregnancy")]
    [InlineData("حامـــل", ReadingField.Conditions, "pregnancy")]
    [InlineData("وارفارين", ReadingField.Medications, "anticoagulant")]
    [InlineData("وَارْفَارِين", ReadingField.Medications, "anticoagulant")]
    [InlineData("وارفـــارين", ReadingField.Medications, "anticoagulant")]
    [InlineData("حكّة", ReadingField.Symptoms, "itching")]
    // Arabic: alef with hamza above and below, alef madda, teh marbuta as heh.
    [InlineData("اسبرين", ReadingField.Medications, "aspirin")]
    [InlineData("أسبرين", ReadingField.Medications, "aspirin")]
    [InlineData("إسبرين", ReadingField.Medications, "aspirin")]
    [InlineData("انا حامل", ReadingField.Conditions, "pregnancy")]
    [InlineData("أنا حامل", ReadingField.Conditions, "pregnancy")]
    [InlineData("حكة", ReadingField.Symptoms, "itching")]
    [InlineData("حكه", ReadingField.Symptoms, "itching")]
    [InlineData("مرضعة", ReadingField.Conditions, "breastfeeding")]
    [InlineData("مرضعه", ReadingField.Conditions, "breastfeeding")]
    [InlineData("مُرضِعة", ReadingField.Conditions, "breastfeeding")]
    [InlineData("دوخة", ReadingField.Symptoms, "dizziness")]
    [InlineData("دوخه", ReadingField.Symptoms, "dizziness")]
    // Arabic: a teh-marbuta noun writes its ة as ت before a suffix ("كدمتي", my bruise).
    [InlineData("كدمتي", ReadingField.Symptoms, "bruising")]
    [InlineData("كدمته", ReadingField.Symptoms, "bruising")]
    [InlineData("حكتي", ReadingField.Symptoms, "itching")]
    [InlineData("دوختي", ReadingField.Symptoms, "dizziness")]
    // Arabic-Indic and Eastern Arabic-Indic digits are doses like ASCII digits.
    [InlineData("aspirin ١٠٠ mg", ReadingField.Medications, "aspirin")]
    [InlineData("اسبرين ١٠٠", ReadingField.Medications, "aspirin")]
    [InlineData("warfarin ٥mg", ReadingField.Medications, "anticoagulant")]
    [InlineData("warfarin ۵ mg", ReadingField.Medications, "anticoagulant")]
    // Arabizi digits for letters stay letters.
    [InlineData("ana 7amel", ReadingField.Conditions, "pregnancy")]
    public void Every_spelling_of_a_word_folds_to_the_same_reading(string text, ReadingField field, string code)
    {
        var outcome = Reader.Read(text, field);

        Assert.Equal(code, Reader.Codes(outcome).Split(' ').Last());
        Assert.Empty(outcome.Unread);
        Assert.Empty(outcome.Corrections);
        Assert.True(outcome.WhollyRead);
    }

    [Theory]
    [InlineData("stopped ibuprofen 3 weeks ago", 21)]
    [InlineData("stopped ibuprofen ٣ weeks ago", 21)]
    [InlineData("stopped ibuprofen ۳ weeks ago", 21)]
    [InlineData("stopped aspirin امبارح", 1)]
    [InlineData("stopped aspirin امبـارح", 1)]
    [InlineData("stopped roaccutane ٢ سنة", 730)]
    [InlineData("stopped roaccutane 2 سنه", 730)]
    [InlineData("stopped ibuprofen dun", 1)]
    [InlineData("stopped ibuprofen dün", 1)]
    [InlineData("stopped ibuprofen geçen hafta", 7)]
    [InlineData("stopped ibuprofen gecen hafta", 7)]
    public void Folded_digits_and_time_words_give_the_elapsed_days(string text, int days)
    {
        var outcome = Reader.Read(text, ReadingField.Medications);

        var item = Assert.Single(outcome.Items);
        Assert.Equal(MentionContext.Past, item.Context);
        Assert.Equal(days, item.ElapsedDays);
        Assert.Empty(outcome.Unread);
    }
}
