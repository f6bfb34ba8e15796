using System.Text.Json;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Testing;

namespace MesoSafe.Knowledge.Tests.Reading;

/// <summary>The Arabic (Gulf, Egyptian, Levantine, MSA), Arabizi and Turkish reading words
/// (lexicon-ar.json, lexicon-arabizi.json, lexicon-tr.json): everyday phrasing reads as the code a
/// clinician would give it, in its context (asserted, negated, someone else's), with every word
/// accounted for; and the files keep the rules that make them safe to read (sources on every term,
/// no filler that names a symptom, Turkish words also written without diacritics).</summary>
public sealed class ForeignLanguagePhrasingTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();
    private static readonly string DataFolder = Path.Combine(SharedFiles.RepositoryRoot, "src", "MesoSafe.Knowledge", "Data");

    [Theory]
    // Arabic: Gulf, Egyptian, Levantine, MSA.
    [InlineData("s", "شفايفي وارمة وايد", "tongue-or-lip-swelling")]
    [InlineData("s", "لساني منفوخ", "tongue-or-lip-swelling")]
    [InlineData("s", "حلقي مسكر وما بقدر ابلع", "throat-swelling")]
    [InlineData("s", "مش قادرة اتنفس", "difficulty-breathing")]
    [InlineData("s", "نظري مغبش من الصبح", "vision-change")]
    [InlineData("s", "المكان صار ابيض وبارد", "skin-blanching")]
    [InlineData("s", "الجلد لونه ازرق ومبقع حول الابرة", "skin-mottling")]
    [InlineData("s", "طلع صديد من مكان الحقنة", "pus")]
    [InlineData("s", "عندي سخونية ورعشة", "fever")]
    [InlineData("s", "كتلة قاسية تحت الجلد", "nodule")]
    [InlineData("s", "الورم خف الحمد لله", "swelling")]
    [InlineData("s", "شعري عم يوقع بعد الجلسات", "hair-shedding")]
    [InlineData("c", "حامل بالشهر الرابع", "pregnancy")]
    [InlineData("c", "سكري نوع تاني على حبوب", "diabetes-non-insulin")]
    [InlineData("c", "عندي الغدة", "thyroid-disease")]
    [InlineData("m", "دوا لتمييع الدم", "anticoagulant")]
    [InlineData("m", "اليكويس 5 ملغ", "anticoagulant")]
    [InlineData("m", "بروفين وقت اللزوم", "nsaid")]
    [InlineData("a", "حساسية من البنج", "local-anesthetics")]
    [InlineData("a", "ليدوكايين", "lidocaine")]
    // Arabizi.
    [InlineData("s", "shfayfi warme kteer", "tongue-or-lip-swelling")]
    [InlineData("s", "ma a2dar atnaffas", "difficulty-breathing")]
    [InlineData("s", "7al2i msakkar", "throat-swelling")]
    [InlineData("s", "3eni mghabbshe", "vision-change")]
    [InlineData("s", "el makan abya9 w bared", "skin-blanching")]
    [InlineData("s", "3andi 7arara w ra3sha", "fever")]
    [InlineData("c", "ana 7amel", "pregnancy")]
    [InlineData("c", "3andi sukkari", "diabetes-insulin")]
    [InlineData("m", "dawa seyoola", "anticoagulant")]
    [InlineData("m", "brufen", "nsaid")]
    // Turkish, with and without diacritics, and phone spellings.
    [InlineData("s", "dudaklarım çok şişti", "tongue-or-lip-swelling")]
    [InlineData("s", "sisti dudaklarim cok", "tongue-or-lip-swelling")]
    [InlineData("s", "boğazım daralıyor", "throat-swelling")]
    [InlineData("s", "nefes almakta zorlanıyorum", "difficulty-breathing")]
    [InlineData("s", "kasiniyo", "itching")]
    [InlineData("s", "iğne yeri bembeyaz oldu", "skin-blanching")]
    [InlineData("s", "cildim ağ gibi mor", "skin-mottling")]
    [InlineData("s", "gözüm bulanık görüyor", "vision-change")]
    [InlineData("c", "hamileyim", "pregnancy")]
    [InlineData("c", "bebegim 5 aylik, sadece anne sutu veriyorum", "breastfeeding")]
    [InlineData("c", "kalp yetmezligim var", "heart-disease-on-medication")]
    [InlineData("m", "kan sulandırıcı kullanıyorum", "anticoagulant")]
    [InlineData("m", "Majezik", "nsaid")]
    [InlineData("m", "coraspin 100", "aspirin")]
    [InlineData("a", "lokal anesteziye alerjim var", "local-anesthetics")]
    // Seed words the base lacked: inflammation of the fatty layer, deformation, irregular texture,
    // lighter patches (000, 001, 004).
    [InlineData("s", "yağ dokusu iltihabı", "panniculitis")]
    [InlineData("s", "pannikülit oldu", "panniculitis")]
    [InlineData("s", "iğne yerinde şekil bozukluğu var", "deformity")]
    [InlineData("s", "cildim içe çöktü", "deformity")]
    [InlineData("s", "cilt dokusu bozuldu", "irregular-texture")]
    [InlineData("s", "portakal kabuğu gibi", "irregular-texture")]
    [InlineData("s", "açık renkli lekeler çıktı", "pigmentation")]
    [InlineData("s", "التهاب الطبقة الدهنية", "panniculitis")]
    [InlineData("s", "صار عندي تشوه بمكان الحقن", "deformity")]
    [InlineData("s", "ملمس الجلد غير منتظم", "irregular-texture")]
    [InlineData("s", "بقع فاتحة على الخد", "pigmentation")]
    [InlineData("s", "eltihab el dohoon", "panniculitis")]
    [InlineData("s", "fi tashawoh", "deformity")]
    [InlineData("s", "el jild mesh mestewi", "irregular-texture")]
    [InlineData("s", "bo2a3 fat7a", "pigmentation")]
    // Suffixed Turkish forms and Arabizi spellings of the common symptom words.
    [InlineData("s", "şişti", "swelling")]
    [InlineData("s", "şişmiş", "swelling")]
    [InlineData("s", "şişlik var", "swelling")]
    [InlineData("s", "yanağım şişiyor", "swelling")]
    [InlineData("s", "kızarıklık", "redness")]
    [InlineData("s", "kızardı", "redness")]
    [InlineData("s", "morarma", "bruising")]
    [InlineData("s", "morarmış", "bruising")]
    [InlineData("s", "ağrıyor", "pain")]
    [InlineData("s", "ağrısı var", "pain")]
    [InlineData("s", "wareme", "swelling")]
    [InlineData("s", "mwarram", "swelling")]
    [InlineData("s", "mwarrame", "swelling")]
    [InlineData("s", "7ara2a", "burning")]
    [InlineData("s", "fi 7ara2a", "burning")]
    [InlineData("s", "kadmeh", "bruising")]
    public void Everyday_phrasing_reads_as_its_code_with_every_word_accounted_for(string field, string text, string code)
    {
        var outcome = Kb.Reader.Read(text, Field(field), new DateOnly(2026, 11, 22), new DateOnly(1990, 5, 1));

        Assert.Contains(outcome.Items, i => i.Entry.Code == code && i.Context == MentionContext.Asserted);
        Assert.Empty(outcome.Unread);
    }

    [Theory]
    [InlineData("s", "ما في ورم ولا احمرار", "swelling", MentionContext.Negated)]
    [InlineData("s", "أختي عندها ورم بس أنا ما عندي شي", "swelling", MentionContext.OtherPerson)]
    [InlineData("c", "امي عندها سكري", "diabetes-insulin", MentionContext.OtherPerson)]
    [InlineData("a", "ما عندي حساسية", "allergy-history", MentionContext.Negated)]
    [InlineData("s", "mafi waram wala e7mrar", "swelling", MentionContext.Negated)]
    [InlineData("c", "emmi 3andha sukkar", "diabetes-insulin", MentionContext.OtherPerson)]
    [InlineData("s", "şişlik yok kızarıklık yok", "swelling", MentionContext.Negated)]
    [InlineData("c", "annemde şeker var", "diabetes-insulin", MentionContext.OtherPerson)]
    [InlineData("m", "zoretanin kullanıyordum 2 ay önce bıraktım", "isotretinoin", MentionContext.Past)]
    public void Negation_someone_else_and_the_past_are_read_as_such(string field, string text, string code, MentionContext context)
    {
        var outcome = Kb.Reader.Read(text, Field(field), new DateOnly(2026, 11, 22), new DateOnly(1990, 5, 1));

        Assert.Contains(outcome.Items, i => i.Entry.Code == code && i.Context == context);
        Assert.DoesNotContain(outcome.Items, i => i.Entry.Code == code && i.Context == MentionContext.Asserted);
    }

    [Theory]
    [InlineData("c", "ما عندي شي")]
    [InlineData("c", "لا شيء")]
    [InlineData("m", "ما باخد أي دوا")]
    [InlineData("c", "ma3andi shi")]
    [InlineData("m", "mesh ba5od ay adwya")]
    [InlineData("c", "hiçbir hastalığım yok")]
    [InlineData("m", "ilaç kullanmıyorum")]
    [InlineData("a", "alerjim yok")]
    public void Saying_there_is_nothing_reads_as_nothing(string field, string text)
    {
        var outcome = Kb.Reader.Read(text, Field(field));

        Assert.True(outcome.SaysNothing, $"'{text}' should say nothing");
    }

    [Theory]
    [InlineData("lexicon-ar.json")]
    [InlineData("lexicon-arabizi.json")]
    [InlineData("lexicon-tr.json")]
    public void Every_term_has_sources_and_no_filler_names_a_symptom_or_a_finding(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, file)));
        var lexicon = document.RootElement.GetProperty("lexicon");
        var fileSources = lexicon.GetProperty("sources").GetArrayLength();
        var clinical = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in lexicon.GetProperty("terms").EnumerateArray())
        {
            var own = term.TryGetProperty("sources", out var sources) ? sources.GetArrayLength() : 0;
            Assert.True(own + fileSources > 0, $"{file}: term '{term.GetProperty("code").GetString()}' has no sources");
            foreach (var word in term.GetProperty("words").EnumerateArray())
            {
                clinical.Add(word.GetString()!);
            }
        }

        foreach (var list in new[] { "groups", "qualifiers" })
        {
            foreach (var entry in lexicon.GetProperty(list).EnumerateArray())
            {
                foreach (var word in entry.GetProperty("words").EnumerateArray())
                {
                    clinical.Add(word.GetString()!);
                }
            }
        }

        var hiding = lexicon.GetProperty("fillers").EnumerateArray().Select(f => f.GetString()!).Where(clinical.Contains).ToList();
        Assert.Empty(hiding);
    }

    [Fact]
    public void Every_Turkish_word_with_diacritics_is_also_written_without_them()
    {
        // The reader folds diacritics with string normalisation, which invariant globalization
        // (Directory.Build.props) does not do for ş ğ ç ö ü: both spellings are listed.
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, "lexicon-tr.json")));
        var lexicon = document.RootElement.GetProperty("lexicon");
        var words = new List<string>();
        foreach (var list in new[] { "terms", "groups", "qualifiers", "cues", "context" })
        {
            foreach (var entry in lexicon.GetProperty(list).EnumerateArray())
            {
                words.AddRange(entry.GetProperty("words").EnumerateArray().Select(w => w.GetString()!));
            }
        }

        words.AddRange(lexicon.GetProperty("fillers").EnumerateArray().Select(w => w.GetString()!));
        var all = words.ToHashSet(StringComparer.Ordinal);
        var missing = words.Where(w => w.IndexOfAny(['ş', 'ğ', 'ç', 'ö', 'ü', 'â', 'î', 'û']) >= 0 && !all.Contains(Ascii(w))).ToList();
        Assert.Empty(missing);
    }

    private static string Ascii(string word) => new(word.Select(c => c switch
    {
        'ş' => 's',
        'ğ' => 'g',
        'ç' => 'c',
        'ö' => 'o',
        'ü' => 'u',
        'â' => 'a',
        'î' => 'i',
        'û' => 'u',
        'ı' => 'i',
        'İ' => 'i',
        _ => c,
    }).ToArray());

    private static ReadingField Field(string field) => field switch
    {
        "c" => ReadingField.Conditions,
        "m" => ReadingField.Medications,
        "a" => ReadingField.Allergies,
        _ => ReadingField.Symptoms,
    };
}
