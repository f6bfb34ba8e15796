using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Testing.Clinical;

namespace MesoSafe.Clinical.Tests.Reading;

/// <summary>Property (ADR 0104, clinical-rules.md "any unrecognized symptom"): an entry that is wholly
/// read and harmless (eligible, self-care) stops being harmless as soon as one made-up content word is
/// put into it anywhere. The answer becomes at least needs-review (screening) or urgent (triage), the
/// entry is listed in <c>unrecognized</c> and the made-up word in <c>unread</c>. Seeded, so every run
/// tries the same words.</summary>
public sealed class UnknownWordPropertyTests
{
    private const int Seed = 20261207;
    private const int TriesPerEntry = 4;

    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();
    private static readonly ScreeningEngine Screening = new(Kb);
    private static readonly TriageEngine Triage = new(Kb);

    private static readonly (string Field, string Entry)[] EligibleEntries =
    [
        ("conditions", "hypothyroidsm"),
        ("medications", "bp meds"),
        ("medications", "no meds rn"),
        ("medications", "bp meds n statins"),
        ("medications", "ppi"),
        ("medications", "ocp"),
        ("medications", "none rn"),
        ("medications", "nil"),
        ("medications", "n/a"),
        ("medications", "just vit d pls"),
        ("conditions", "htn"),
        ("conditions", "pcos"),
        ("conditions", "copd"),
        ("conditions", "ibs n reflux"),
        ("conditions", "high bp"),
        ("allergies", "nkda"),
        ("allergies", "nka"),
        ("allergies", "no known allergies"),
        ("medications", "no ibuprofen, only paracetamol"),
        ("medications", "not on any blood thinners"),
        ("medications", "not taking warfarin"),
        ("medications", "no fish oil"),
        ("medications", "never taken roaccutane"),
        ("conditions", "not pregnant"),
        ("conditions", "no diabetes"),
        ("conditions", "not diabetic"),
        ("conditions", "no history of stroke"),
        ("conditions", "never had cancer"),
        ("conditions", "no diabetes but high blood pressure"),
        ("conditions", "no heart problems"),
        ("conditions", "non smoker"),
        ("conditions", "dont smoke"),
        ("conditions", "no hepatitis or hiv"),
        ("conditions", "no epilepsy, no asthma"),
        ("allergies", "no allergies"),
        ("allergies", "not allergic to anything"),
        ("medications", "stopped ibuprofen 3 weeks ago"),
        ("medications", "finished roaccutane in january 2026"),
        ("medications", "stopped accutane 2 years ago"),
        ("medications", "stopped fish oil 10 days ago"),
        ("medications", "came off prednisolone 3 months ago"),
        ("medications", "ibuprofen 2 weeks ago for a headache"),
        ("medications", "roaccutane finished 2 years ago"),
        ("medications", "had a course of prednisone 2 years ago"),
        ("conditions", "was pregnant last year"),
        ("conditions", "had a cold sore last year"),
        ("conditions", "impetigo as a child"),
        ("conditions", "my mum has diabetes"),
        ("conditions", "mum has diabetes"),
        ("conditions", "my dad had a stroke"),
        ("conditions", "my sister is pregnant"),
        ("conditions", "my brother has haemophilia"),
        ("conditions", "my husband has lupus"),
        ("conditions", "my dad has heart failure, i dont"),
        ("conditions", "my mom had breast cancer"),
        ("medications", "my husband takes warfarin"),
        ("medications", "my mum is on eliquis"),
        ("medications", "my dad takes aspirin, i take nothing"),
        ("medications", "levothyroxine, omeprazole, atorvastatin"),
        ("medications", "sertraline; omeprazole"),
        ("medications", "cetirizine and paracetamol"),
        ("conditions", "epilepsy, migraines, ibs"),
        ("medications", "i dont take any medication"),
        ("medications", "only paracetamol when i need it"),
        ("conditions", "nothing really, im pretty healthy"),
    ];

    private static readonly (int Days, string Entry)[] SelfCareEntries =
    [
        (2, "brusing"),
        (2, "bruisng on cheek"),
        (1, "itchey"),
        (1, "rednes"),
        (1, "nausia"),
        (1, "numbnes"),
        (1, "tinglng"),
        (0, "bleding"),
        (1, "swellling"),
        (1, "sweling"),
        (1, "diarhoea"),
        (1, "itchyness and rednes"),
        (1, "red n itchy tbh"),
        (1, "bit swollen rn"),
        (1, "lil bit red"),
        (1, "red+swollen"),
        (2, "bruise x"),
        (1, "slight swelling thx"),
        (1, "no fever, just a bit red"),
        (1, "not itchy but swollen"),
        (1, "no pus, no fever, slight swelling"),
        (2, "swelling, no trouble breathing"),
        (1, "no blisters but its really red"),
        (1, "denies chest pain, has some bruising"),
        (1, "not bleeding but bruised"),
        (1, "no swelling of lips or tongue, just achy"),
        (1, "no rash, no hives, bit itchy"),
        (1, "not dizzy, just red"),
        (1, "no breathing problems"),
        (1, "nothing"),
        (1, "none"),
        (1, "bled a bit yesterday, stopped now"),
        (3, "was swollen on day 1, now just bruised"),
        (10, "bruising from last week"),
        (2, "bruising, my friend had the same"),
        (1, "my friend had hives after hers, i just have redness"),
        (1, "my mum had a fever, i have a bit of swelling"),
        (1, "is it normal to be this swollen"),
        (1, "should i worry about the bruise"),
        (1, "lips look great. cheeks a bit swollen"),
        (1, "hi, just a bit of redness and swelling where you injected, is that normal?"),
        (2, "the bruising on my cheek is fading, fine otherwise"),
        (1, "a few small bumps where the needle went in"),
        (1, "feeling a bit sick since this morning"),
    ];

    public static TheoryData<string, string, string> ScreeningCases()
    {
        var random = new Random(Seed);
        var data = new TheoryData<string, string, string>();
        foreach (var (field, entry) in EligibleEntries)
        {
            for (var i = 0; i < TriesPerEntry; i++)
            {
                var word = MadeUpWord(random, ReadingFieldOf(field));
                data.Add(field, Insert(random, entry, word), word);
            }
        }

        return data;
    }

    public static TheoryData<int, string, string> TriageCases()
    {
        var random = new Random(Seed + 1);
        var data = new TheoryData<int, string, string>();
        foreach (var (days, entry) in SelfCareEntries)
        {
            for (var i = 0; i < TriesPerEntry; i++)
            {
                var word = MadeUpWord(random, ReadingField.Symptoms);
                data.Add(days, Insert(random, entry, word), word);
            }
        }

        return data;
    }

    [Fact]
    public void The_entries_are_harmless_and_wholly_read_without_the_made_up_word()
    {
        foreach (var (field, entry) in EligibleEntries)
        {
            var result = Screening.Evaluate(Request(field, entry));
            Assert.True(result.Decision == ScreeningDecision.Eligible && result.Unrecognized.Count == 0, $"'{entry}' -> {result.Decision}");
        }

        foreach (var (days, entry) in SelfCareEntries)
        {
            var result = Triage.Evaluate(TriageRequests.Reported(days, TriageRequests.Symptom(entry)));
            Assert.True(result.Level == TriageLevel.SelfCare && result.Unrecognized.Count == 0, $"'{entry}' -> {result.Level}");
        }
    }

    [Theory]
    [MemberData(nameof(ScreeningCases))]
    public void A_made_up_word_in_an_eligible_entry_makes_it_needs_review_at_least(string field, string entry, string word)
    {
        var result = Screening.Evaluate(Request(field, entry));

        Assert.True(result.Decision >= ScreeningDecision.NeedsReview, $"'{entry}' -> {result.Decision}");
        Assert.Contains(entry, result.Unrecognized);
        Assert.Contains(word, Assert.Single(result.Unread, u => u.Entry == entry).Words);
        Assert.Contains(result.Findings, f => f.Code == "unrecognized-entry");
    }

    [Theory]
    [MemberData(nameof(TriageCases))]
    public void A_made_up_word_in_a_self_care_symptom_makes_it_urgent_at_least(int days, string entry, string word)
    {
        var result = Triage.Evaluate(TriageRequests.Reported(days, TriageRequests.Symptom(entry)));

        Assert.True(result.Level >= TriageLevel.Urgent, $"'{entry}' -> {result.Level}");
        Assert.Contains(entry, result.Unrecognized);
        Assert.Contains(word, Assert.Single(result.Unread, u => u.Entry == entry).Words);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(5_000)]
    public void A_word_as_long_as_the_contract_allows_is_unread_not_searched_for_misspellings(int length)
    {
        // Its forms with two letters deleted would number length squared: the reader must not build them.
        var word = new string('q', length);
        var entry = "a little red " + word;

        var result = Triage.Evaluate(TriageRequests.Reported(1, TriageRequests.Symptom(entry)));

        Assert.True(result.Level >= TriageLevel.Urgent, $"{length} letters -> {result.Level}");
        Assert.Contains(word, Assert.Single(result.Unread, u => u.Entry == entry).Words);
    }

    private static ScreeningRequest Request(string field, string entry) => field switch
    {
        "conditions" => ScreeningRequests.Eligible().WithConditions(entry),
        "medications" => ScreeningRequests.Eligible().WithMedications(entry),
        _ => ScreeningRequests.Eligible().WithAllergies(entry),
    };

    private static ReadingField ReadingFieldOf(string field) => field switch
    {
        "conditions" => ReadingField.Conditions,
        "medications" => ReadingField.Medications,
        _ => ReadingField.Allergies,
    };

    /// <summary>A pronounceable nonsense word ("zorblat") of 5 to 9 letters that the reader, alone,
    /// leaves unread: a word that happens to lie within spelling reach of the vocabulary is not made up.</summary>
    private static string MadeUpWord(Random random, ReadingField field)
    {
        const string consonants = "bdfgklmnprstvzx";
        const string vowels = "aeiou";
        while (true)
        {
            var length = random.Next(5, 10);
            var chars = new char[length];
            var consonant = random.Next(2) == 0;
            for (var i = 0; i < length; i++)
            {
                chars[i] = consonant ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
                consonant = !consonant || random.Next(4) == 0;
            }

            var word = new string(chars);
            var alone = Kb.Reader.Read(word, field);
            if (alone.Items.Count == 0 && !alone.SaysNothing && alone.Unread.SequenceEqual([word]))
            {
                return word;
            }
        }
    }

    /// <summary>Puts the word between two words of the entry (or first or last), chosen at random.</summary>
    private static string Insert(Random random, string entry, string word)
    {
        var words = entry.Split(' ');
        var at = random.Next(words.Length + 1);
        return string.Join(' ', words.Take(at).Append(word).Concat(words.Skip(at)));
    }
}
