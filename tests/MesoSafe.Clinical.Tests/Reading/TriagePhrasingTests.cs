using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using static MesoSafe.Testing.Clinical.TriageRequests;

namespace MesoSafe.Clinical.Tests.Reading;

/// <summary>Triage symptoms as patients type them (ADR 0104): each row pins the level the rules give
/// (clinical-rules.md, the safer reading where they leave it open), the symptom codes placed, and that
/// the entry was read whole. The symptom is reported mild, from the session on, <c>days</c> after it.</summary>
public sealed class TriagePhrasingTests
{
    private static readonly TriageEngine Engine = new(KnowledgeBase.LoadEmbedded());

    /// <summary>Misspellings (Damerau-Levenshtein 1 from 5 letters, 2 from 9) read as the vocabulary word.</summary>
    [Theory]
    [InlineData(1, "swolen lips", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "swollen lipps", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "tounge swollen", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(2, "brusing", TriageLevel.SelfCare, "bruising")]
    [InlineData(2, "bruisng on cheek", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "itchey", TriageLevel.SelfCare, "itching")]
    [InlineData(1, "rednes", TriageLevel.SelfCare, "redness")]
    [InlineData(1, "diziness", TriageLevel.Review, "dizziness")]
    [InlineData(2, "feaver", TriageLevel.Urgent, "fever")]
    [InlineData(1, "nausia", TriageLevel.SelfCare, "nausea")]
    [InlineData(1, "numbnes", TriageLevel.SelfCare, "numbness")]
    [InlineData(1, "tinglng", TriageLevel.SelfCare, "tingling")]
    [InlineData(1, "wheezeing", TriageLevel.Emergency, "wheezing")]
    [InlineData(0, "bleding", TriageLevel.SelfCare, "bleeding")]
    [InlineData(5, "jaundise", TriageLevel.Urgent, "jaundice")]
    [InlineData(1, "swellling", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "sweling", TriageLevel.SelfCare, "swelling")]
    [InlineData(2, "blisterr", TriageLevel.Review, "blister")]
    [InlineData(1, "vomitng", TriageLevel.Review, "vomiting")]
    [InlineData(1, "diarhoea", TriageLevel.SelfCare, "diarrhea")]
    [InlineData(1, "brething difficulty", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "chest pian", TriageLevel.Emergency, "chest-pain")]
    [InlineData(1, "blured vision", TriageLevel.Emergency, "vision-change")]
    [InlineData(1, "itchyness and rednes", TriageLevel.SelfCare, "itching redness")]
    public void Misspellings_within_reach_are_read_as_the_word_meant(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Abbreviations and phone style: "bp meds", "rn", "pls", "n", "w/".</summary>
    [Theory]
    [InlineData(1, "sob", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "red n itchy tbh", TriageLevel.SelfCare, "itching redness")]
    [InlineData(1, "pls help cant breathe", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "lips swollen pls help", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "bit swollen rn", TriageLevel.SelfCare, "swelling")]
    [InlineData(2, "bruised n sore atm", TriageLevel.Urgent, "bruising ulcer")]
    [InlineData(1, "sore w/ a bit of swelling", TriageLevel.Urgent, "swelling ulcer")]
    [InlineData(1, "cant breath", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "lil bit red", TriageLevel.SelfCare, "redness")]
    [InlineData(1, "red+swollen", TriageLevel.SelfCare, "redness swelling")]
    [InlineData(1, "swollen & sore", TriageLevel.Urgent, "swelling ulcer")]
    [InlineData(3, "pus coming out rn", TriageLevel.Urgent, "pus")]
    [InlineData(1, "itchy af", TriageLevel.Urgent, "itching")]
    [InlineData(2, "bruise x", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "slight swelling thx", TriageLevel.SelfCare, "swelling")]
    public void Abbreviations_and_phone_style_are_read(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Negation (NegEx): a negated mention is dropped; the scope ends at "but" and at a comma.</summary>
    [Theory]
    [InlineData(1, "no fever, just a bit red", TriageLevel.SelfCare, "redness")]
    [InlineData(1, "not itchy but swollen", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "no pus, no fever, slight swelling", TriageLevel.SelfCare, "swelling")]
    [InlineData(2, "swelling, no trouble breathing", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "no blisters but its really red", TriageLevel.SelfCare, "redness")]
    [InlineData(1, "denies chest pain, has some bruising", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "not bleeding but bruised", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "no swelling of lips or tongue, just achy", TriageLevel.SelfCare, "pain")]
    [InlineData(1, "no rash, no hives, bit itchy", TriageLevel.SelfCare, "itching")]
    [InlineData(1, "not dizzy, just red", TriageLevel.SelfCare, "redness")]
    [InlineData(1, "no fever but the area is hot and red and spreading", TriageLevel.Urgent, "redness warmth")]
    [InlineData(1, "no pain but lips are swelling", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "no breathing problems", TriageLevel.SelfCare, "")]
    [InlineData(1, "nothing", TriageLevel.SelfCare, "")]
    [InlineData(1, "none", TriageLevel.SelfCare, "")]
    public void A_negated_mention_counts_for_nothing_and_its_scope_ends_at_but_or_a_comma(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>History and time: a symptom said to be gone or earlier still counts (the safer reading) and lasts from the session.</summary>
    [Theory]
    [InlineData(2, "had a rash yesterday, gone now", TriageLevel.Review, "rash")]
    [InlineData(1, "bled a bit yesterday, stopped now", TriageLevel.SelfCare, "bleeding")]
    [InlineData(3, "was swollen on day 1, now just bruised", TriageLevel.SelfCare, "bruising swelling")]
    [InlineData(7, "swelling since the session", TriageLevel.Review, "swelling")]
    [InlineData(10, "bruising from last week", TriageLevel.SelfCare, "bruising")]
    [InlineData(4, "still sore after 4 days", TriageLevel.Urgent, "ulcer")]
    [InlineData(1, "felt dizzy earlier", TriageLevel.Review, "dizziness")]
    [InlineData(1, "fainted this morning", TriageLevel.Emergency, "fainting")]
    public void A_past_mention_counts_by_its_past_reading_and_the_time_elapsed(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Someone else (ConText experiencer): another person's symptom is not the patient's; the first person brings it back.</summary>
    [Theory]
    [InlineData(1, "my sister's lips swelled and mine are swelling too", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(2, "bruising, my friend had the same", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "my friend had hives after hers, i just have redness", TriageLevel.SelfCare, "redness")]
    [InlineData(1, "my mum had a fever, i have a bit of swelling", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "my husband says my lips look swollen", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "my friend got hives from hers, i just have swelling", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "mum had a rash after hers but mine is just red", TriageLevel.SelfCare, "redness")]
    [InlineData(2, "my sister fainted after hers, i have bruising", TriageLevel.SelfCare, "bruising")]
    public void Someone_elses_symptom_is_not_the_patients(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Hypothetical: kept (the safer reading), never dropped.</summary>
    [Theory]
    [InlineData(1, "is it normal to be this swollen", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "should i worry about the bruise", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "what if my lips swell", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "worried about an infection, its red", TriageLevel.Urgent, "pus redness")]
    [InlineData(1, "is it normal to have small bumps", TriageLevel.SelfCare, "nodule")]
    [InlineData(1, "will the bruising go away", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "could this be an infection, its a bit swollen", TriageLevel.Urgent, "pus swelling")]
    [InlineData(1, "in case my throat swells what do i do", TriageLevel.Emergency, "swelling throat-swelling")]
    public void A_hypothetical_mention_is_kept_the_safer_reading(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Compositions: a site and a finding a few words apart, in any order, give the code; not across a sentence break.</summary>
    [Theory]
    [InlineData(1, "my upper lip is getting really puffy", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "lips feel huge", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "my lip is double the size", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "tongue feels thick", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "throat feels tight", TriageLevel.Emergency, "throat-swelling")]
    [InlineData(1, "my throat is kind of closing up", TriageLevel.Emergency, "throat-swelling")]
    [InlineData(1, "its hard to swallow", TriageLevel.Emergency, "throat-swelling")]
    [InlineData(1, "my eyes are blurry", TriageLevel.Emergency, "vision-change")]
    [InlineData(1, "the skin around the injection went white", TriageLevel.Urgent, "skin-blanching")]
    [InlineData(1, "patch on my cheek turned purple", TriageLevel.Urgent, "skin-mottling")]
    [InlineData(1, "my chest feels tight", TriageLevel.Emergency, "chest-pain")]
    [InlineData(1, "i cant catch my breath", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "bottom lip swelling up", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "swelling in my top lip", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "puffy lips", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "my lips have blown up", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "mouth feels swollen inside", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "struggling to breathe properly", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "cheeks swollen and hives", TriageLevel.Emergency, "face-swelling hives swelling")]
    [InlineData(1, "voice has gone hoarse", TriageLevel.Emergency, "throat-swelling")]
    [InlineData(1, "one side of my face is drooping", TriageLevel.Emergency, "stroke-signs")]
    [InlineData(1, "words coming out slurred", TriageLevel.Emergency, "stroke-signs")]
    [InlineData(1, "vision in my right eye went blurry", TriageLevel.Emergency, "vision-change")]
    [InlineData(1, "tip of my nose is white", TriageLevel.Urgent, "skin-blanching")]
    [InlineData(1, "forehead looks mottled", TriageLevel.Urgent, "skin-mottling")]
    [InlineData(1, "lips look great. cheeks a bit swollen", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "lip filler done. face swollen now", TriageLevel.Review, "face-swelling")]
    [InlineData(1, "my lips are thicker", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "my eye has gone fuzzy", TriageLevel.Emergency, "vision-change")]
    [InlineData(1, "the skin near my nose looks whiter", TriageLevel.Urgent, "skin-blanching")]
    [InlineData(1, "one eye is all foggy", TriageLevel.Emergency, "vision-change")]
    [InlineData(1, "tongue is like twice the size", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    public void A_site_and_a_finding_compose_in_any_order_within_a_few_words(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Whole sentences typed on phones: every word accounted for.</summary>
    [Theory]
    [InlineData(1, "hi, just a bit of redness and swelling where you injected, is that normal?", TriageLevel.SelfCare, "redness swelling")]
    [InlineData(2, "the bruising on my cheek is fading, fine otherwise", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "my lips are getting really swollen and its hard to breathe", TriageLevel.Emergency, "difficulty-breathing swelling tongue-or-lip-swelling")]
    [InlineData(3, "there's yellow stuff coming out of one of the injection points", TriageLevel.Urgent, "pus")]
    [InlineData(2, "the area is hot and red and it's spreading", TriageLevel.Urgent, "redness warmth")]
    [InlineData(1, "a few small bumps where the needle went in", TriageLevel.SelfCare, "nodule")]
    [InlineData(20, "a lump came up last week and its getting bigger", TriageLevel.Review, "nodule")]
    [InlineData(1, "feeling a bit sick since this morning", TriageLevel.SelfCare, "nausea")]
    [InlineData(4, "been throwing up for 3 days", TriageLevel.Urgent, "vomiting")]
    [InlineData(1, "i fainted in the shower", TriageLevel.Emergency, "fainting")]
    [InlineData(1, "my face is swollen and im really dizzy", TriageLevel.Emergency, "dizziness face-swelling")]
    [InlineData(1, "heaps of bruising but not sore", TriageLevel.Review, "bruising")]
    [InlineData(1, "the pain is unbearable", TriageLevel.Urgent, "pain")]
    [InlineData(1, "itchy bumps all over my neck", TriageLevel.Urgent, "hives")]
    public void Whole_sentences_typed_on_a_phone_are_read_word_by_word(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Turkish, triage: the code and the rule's answer, or the entry unrecognized and never less than urgent.</summary>
    [Theory]
    [InlineData(1, "dudaklarım şişti", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "dudaklarim sisti", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "nefes alamıyorum", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "nefes alamiyorum", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "boğazım kapanıyor", TriageLevel.Emergency, "throat-swelling")]
    [InlineData(1, "hafif kızarıklık", TriageLevel.SelfCare, "redness")]
    [InlineData(1, "hafif kizariklik var", TriageLevel.SelfCare, "redness")]
    [InlineData(2, "morarma var", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "kaşıntı", TriageLevel.SelfCare, "itching")]
    [InlineData(2, "ateşim var", TriageLevel.Urgent, "fever")]
    [InlineData(1, "bayıldım", TriageLevel.Emergency, "fainting")]
    [InlineData(1, "gözüm bulanık görüyor", TriageLevel.Emergency, "vision-change")]
    [InlineData(3, "iltihap akıyor", TriageLevel.Urgent, "pus")]
    [InlineData(1, "hafif şişlik", TriageLevel.SelfCare, "swelling")]
    public void Turkish_symptoms_are_read_or_go_to_a_clinician_today(int days, string entry, TriageLevel level, string symptoms) =>
        AssertReadOrUrgent(days, entry, level, symptoms);

    /// <summary>Arabic, triage: the code and the rule's answer, or the entry unrecognized and never less than urgent.</summary>
    [Theory]
    [InlineData(1, "شفايفي منفخة", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "شفايفي وارمة", TriageLevel.Emergency, "tongue-or-lip-swelling")]
    [InlineData(1, "مو قادر اتنفس", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "مش قادرة أتنفس", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "حلقي يضيق", TriageLevel.Emergency, "throat-swelling")]
    [InlineData(1, "احمرار خفيف", TriageLevel.SelfCare, "redness")]
    [InlineData(2, "كدمة صغيرة", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "حكة", TriageLevel.SelfCare, "itching")]
    [InlineData(2, "عندي حرارة", TriageLevel.Urgent, "fever")]
    [InlineData(1, "أغمي علي", TriageLevel.Emergency, "fainting")]
    [InlineData(1, "نظري صار مشوش", TriageLevel.Emergency, "vision-change")]
    [InlineData(3, "يطلع صديد", TriageLevel.Urgent, "pus")]
    [InlineData(1, "انتفاخ بسيط", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "ألم خفيف مكان الإبرة", TriageLevel.SelfCare, "pain")]
    public void Arabic_symptoms_are_read_or_go_to_a_clinician_today(int days, string entry, TriageLevel level, string symptoms) =>
        AssertReadOrUrgent(days, entry, level, symptoms);

    /// <summary>Arabizi, triage: the code and the rule's answer, or the entry unrecognized and never less than urgent.</summary>
    [Theory]
    [InlineData(1, "shfayfi manfo5a", TriageLevel.Emergency, "swelling tongue-or-lip-swelling")]
    [InlineData(1, "mesh 2ader atnafas", TriageLevel.Emergency, "difficulty-breathing")]
    [InlineData(1, "7ekka shway", TriageLevel.SelfCare, "itching")]
    [InlineData(1, "7mar shway", TriageLevel.SelfCare, "redness")]
    [InlineData(2, "3andi 7arara", TriageLevel.Urgent, "fever")]
    [InlineData(1, "swelling shway", TriageLevel.SelfCare, "swelling")]
    public void Arabizi_symptoms_are_read_or_go_to_a_clinician_today(int days, string entry, TriageLevel level, string symptoms) =>
        AssertReadOrUrgent(days, entry, level, symptoms);

    /// <summary>Issue 9, item 8: a bruise turning yellow is a healing bruise (self-care within its 14
    /// days), not jaundice; yellow eyes or skin stay jaundice (urgent), beside a bruise or not.</summary>
    [Theory]
    [InlineData(5, "my bruise is turning yellow", TriageLevel.SelfCare, "bruising")]
    [InlineData(6, "the bruise on my cheek is going yellow", TriageLevel.SelfCare, "bruising")]
    [InlineData(8, "bruises are yellowish green now", TriageLevel.SelfCare, "bruising")]
    [InlineData(7, "yellow bruising under my eye", TriageLevel.SelfCare, "bruising")]
    [InlineData(16, "the bruise has turned yellow", TriageLevel.Review, "bruising")]
    [InlineData(6, "bruise still there and turned yellow", TriageLevel.Urgent, "bruising jaundice")]
    [InlineData(5, "my eyes are yellow", TriageLevel.Urgent, "jaundice")]
    [InlineData(5, "my skin looks yellowish", TriageLevel.Urgent, "jaundice")]
    [InlineData(5, "bruise on my arm and my eyes look yellow", TriageLevel.Urgent, "bruising jaundice")]
    [InlineData(5, "morluğum sarardı", TriageLevel.SelfCare, "bruising")]
    [InlineData(5, "gözlerim sarardı", TriageLevel.Urgent, "jaundice")]
    [InlineData(5, "كدمتي صارت صفرا", TriageLevel.SelfCare, "bruising")]
    [InlineData(5, "عيوني صفرا", TriageLevel.Urgent, "jaundice")]
    public void A_yellow_bruise_is_healing_and_yellow_eyes_are_jaundice(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Seed words the base lacked (000, 001, 004): inflammation of the fatty layer is urgent (a
    /// possible infection, the safer reading); deformation and irregular texture are review like scars;
    /// lighter patches are a pigmentation change (review); lecithin's inflammation reads as swelling.</summary>
    [Theory]
    [InlineData(10, "inflammation of the fatty layer", TriageLevel.Urgent, "panniculitis")]
    [InlineData(10, "the fat layer under the skin is inflamed", TriageLevel.Urgent, "panniculitis swelling")]
    [InlineData(21, "deformation at the injection site", TriageLevel.Review, "deformity")]
    [InlineData(30, "there are dents where the needles went", TriageLevel.Review, "deformity")]
    [InlineData(30, "irregular skin texture", TriageLevel.Review, "irregular-texture")]
    [InlineData(30, "the skin feels rough and uneven", TriageLevel.Review, "irregular-texture")]
    [InlineData(30, "lighter patches on my cheek", TriageLevel.Review, "pigmentation")]
    [InlineData(30, "hypopigmentation", TriageLevel.Review, "pigmentation")]
    [InlineData(1, "inflammation and swelling", TriageLevel.SelfCare, "swelling")]
    [InlineData(10, "yağ dokusu iltihabı", TriageLevel.Urgent, "panniculitis")]
    [InlineData(21, "şekil bozukluğu", TriageLevel.Review, "deformity")]
    [InlineData(30, "cilt dokusu bozuldu", TriageLevel.Review, "irregular-texture")]
    [InlineData(30, "açık renkli lekeler", TriageLevel.Review, "pigmentation")]
    [InlineData(10, "التهاب الطبقة الدهنية", TriageLevel.Urgent, "panniculitis")]
    [InlineData(21, "تشوه", TriageLevel.Review, "deformity")]
    [InlineData(30, "ملمس غير منتظم", TriageLevel.Review, "irregular-texture")]
    [InlineData(30, "بقع فاتحة", TriageLevel.Review, "pigmentation")]
    public void Seed_words_the_base_lacked_are_placed_by_the_rules(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>Suffixed Turkish forms and Arabizi spellings of the common words (issue 9's list).</summary>
    [Theory]
    [InlineData(1, "şişti", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "şişmiş", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "şişlik", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "kızarıklık", TriageLevel.SelfCare, "redness")]
    [InlineData(2, "morarma", TriageLevel.SelfCare, "bruising")]
    [InlineData(1, "ağrıyor", TriageLevel.SelfCare, "pain")]
    [InlineData(1, "wareme", TriageLevel.SelfCare, "swelling")]
    [InlineData(1, "7ara2a", TriageLevel.SelfCare, "burning")]
    [InlineData(1, "mwarram", TriageLevel.SelfCare, "swelling")]
    [InlineData(2, "kadmeh", TriageLevel.SelfCare, "bruising")]
    public void Turkish_suffixes_and_Arabizi_spellings_are_read(int days, string entry, TriageLevel level, string symptoms) =>
        AssertWhollyRead(days, entry, level, symptoms);

    /// <summary>The symptom codes the findings place, sorted, without the unrecognized-text findings.</summary>
    private static string[] SymptomCodes(TriageResult result) =>
        [.. result.Findings.Where(f => !f.Rule.StartsWith("unrecognized", StringComparison.Ordinal)).Select(f => f.Symptom).Distinct().Order(StringComparer.Ordinal)];

    private static string[] Codes(string codes) =>
        [.. codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static void AssertWhollyRead(int days, string entry, TriageLevel level, string symptoms)
    {
        var result = Engine.Evaluate(Reported(days, Symptom(entry)));

        Assert.True(result.Unrecognized.Count == 0, $"'{entry}' left unread: {string.Join(", ", result.Unread.SelectMany(u => u.Words))}");
        Assert.Empty(result.Unread);
        Assert.Equal(Codes(symptoms), SymptomCodes(result));
        Assert.Equal(level, result.Level);
    }

    /// <summary>Read whole: exactly the rule's level. Not read whole: listed with its unread words,
    /// at least urgent (any unrecognized symptom is urgent), and never below the
    /// rule once its code is read.</summary>
    private static void AssertReadOrUrgent(int days, string entry, TriageLevel level, string symptoms)
    {
        var result = Engine.Evaluate(Reported(days, Symptom(entry)));
        var expected = Codes(symptoms);
        var read = SymptomCodes(result);

        if (result.Unrecognized.Count == 0)
        {
            Assert.Equal(expected.Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
            Assert.Equal(level, result.Level);
            return;
        }

        Assert.Equal([entry], result.Unrecognized);
        Assert.NotEmpty(Assert.Single(result.Unread).Words);
        Assert.True(result.Level >= TriageLevel.Urgent, $"'{entry}' -> {result.Level}");
        if (expected.All(read.Contains))
        {
            Assert.True(result.Level >= level, $"'{entry}' -> {result.Level}, the rules give {level}");
        }
    }
}
