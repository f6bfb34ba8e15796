using System.Text.Json;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Vocabulary;
using MesoSafe.Testing;

namespace MesoSafe.Knowledge.Tests;

/// <summary>The everyday medicines and conditions patients list (medications-everyday.json and
/// conditions-everyday.json, none with a rule) read as their codes; brand names and abbreviations
/// of coded entries read as those codes; and none of the new words hides a word the knowledge base
/// already knew, in the conditions, medications or allergies list.</summary>
public sealed class EverydayVocabularyTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();
    private static readonly string DataFolder = Path.Combine(SharedFiles.RepositoryRoot, "src", "MesoSafe.Knowledge", "Data");
    private static readonly string[] EverydayFiles = ["medications-everyday.json", "conditions-everyday.json"];

    // The kinds each list of a screening request reads, in the order the screening reader uses.
    private static readonly EntryKind[] ConditionList = [EntryKind.Condition, EntryKind.Medication, EntryKind.Habit, EntryKind.NoEntry];
    private static readonly EntryKind[] MedicationList = [EntryKind.Medication, EntryKind.Condition, EntryKind.Habit, EntryKind.NoEntry];
    private static readonly EntryKind[] AllergyList = [EntryKind.SubstanceClass, EntryKind.Substance, EntryKind.Medication, EntryKind.NoEntry];

    [Theory]
    [InlineData("medications", "amlodipine 5mg", "antihypertensive")]
    [InlineData("medications", "Ramipril 10 mg capsules", "antihypertensive")]
    [InlineData("medications", "losartan potassium 50", "antihypertensive")]
    [InlineData("medications", "bisoprolol", "antihypertensive")]
    [InlineData("medications", "bp tablets", "antihypertensive")]
    [InlineData("medications", "blood pressure pills", "antihypertensive")]
    [InlineData("medications", "Concor 5", "antihypertensive")]
    [InlineData("medications", "Delix", "antihypertensive")]
    [InlineData("medications", "furosemide 40mg", "diuretic")]
    [InlineData("medications", "spironolactone", "diuretic")]
    [InlineData("medications", "atorvastatin 20mg at night", "statin")]
    [InlineData("medications", "Crestor", "statin")]
    [InlineData("medications", "cholesterol tablets", "statin")]
    [InlineData("medications", "omeprazole 20mg", "proton-pump-inhibitor")]
    [InlineData("medications", "Nexium", "proton-pump-inhibitor")]
    [InlineData("medications", "PPI", "proton-pump-inhibitor")]
    [InlineData("medications", "Gaviscon", "antacid-or-h2-blocker")]
    [InlineData("medications", "cetirizine 10mg", "antihistamine")]
    [InlineData("medications", "Telfast", "antihistamine")]
    [InlineData("medications", "Avamys nasal spray", "nasal-spray")]
    [InlineData("medications", "paracetamol 500mg", "paracetamol")]
    [InlineData("medications", "Panadol", "paracetamol")]
    [InlineData("medications", "Parol", "paracetamol")]
    [InlineData("medications", "Tylenol", "paracetamol")]
    [InlineData("medications", "co-codamol 30/500", "opioid-analgesic")]
    [InlineData("medications", "tramadol", "opioid-analgesic")]
    [InlineData("medications", "Yasmin", "contraceptive")]
    [InlineData("medications", "contraceptive pill", "contraceptive")]
    [InlineData("medications", "Microgynon 30", "contraceptive")]
    [InlineData("medications", "Mirena coil", "contraceptive")]
    [InlineData("medications", "HRT", "hrt")]
    [InlineData("medications", "Oestrogel", "hrt")]
    [InlineData("medications", "sertraline 50mg", "antidepressant")]
    [InlineData("medications", "Zoloft", "antidepressant")]
    [InlineData("medications", "Cipralex", "antidepressant")]
    [InlineData("medications", "zopiclone", "anxiolytic-or-hypnotic")]
    [InlineData("medications", "quetiapine", "antipsychotic-or-mood-stabiliser")]
    [InlineData("medications", "Elvanse", "adhd-medicine")]
    [InlineData("medications", "Ventolin inhaler", "inhaler")]
    [InlineData("medications", "salbutamol prn", "inhaler")]
    [InlineData("medications", "Symbicort", "inhaler")]
    [InlineData("medications", "steroid inhaler", "inhaler")]
    [InlineData("medications", "vitamin D 1000 IU", "supplement")]
    [InlineData("medications", "vit d", "supplement")]
    [InlineData("medications", "ferrous sulfate 200mg", "supplement")]
    [InlineData("medications", "magnesium", "supplement")]
    [InlineData("medications", "probiotics", "supplement")]
    [InlineData("medications", "multivitamin", "supplement")]
    [InlineData("medications", "amoxicillin 500mg", "antibacterial")]
    [InlineData("medications", "Augmentin", "antibacterial")]
    [InlineData("medications", "allopurinol", "gout-medicine")]
    [InlineData("medications", "sumatriptan", "migraine-medicine")]
    [InlineData("medications", "alendronic acid weekly", "osteoporosis-medicine")]
    [InlineData("medications", "tamsulosin", "urinary-medicine")]
    [InlineData("medications", "finasteride 1mg", "five-alpha-reductase-inhibitor")]
    [InlineData("medications", "oral minoxidil", "hair-regrowth-medicine")]
    [InlineData("medications", "Viagra", "pde5-inhibitor")]
    [InlineData("medications", "tranexamic acid", "tranexamic-acid")]
    [InlineData("medications", "E45 cream", "emollient")]
    [InlineData("medications", "levothyroxine 50", "thyroid-disease")]
    [InlineData("medications", "Levotiron 100 mcg", "thyroid-disease")]
    [InlineData("medications", "thyroxine tablets", "thyroid-disease")]
    [InlineData("medications", "Glifor 1000", "diabetes-non-insulin")]
    [InlineData("medications", "Trajenta", "diabetes-non-insulin")]
    [InlineData("medications", "Keppra 500", "epilepsy")]
    [InlineData("medications", "levetiracetam", "epilepsy")]
    [InlineData("medications", "digoxin", "heart-disease-on-medication")]
    [InlineData("medications", "GTN spray", "heart-disease-on-medication")]
    [InlineData("medications", "Entresto", "heart-disease-on-medication")]
    [InlineData("medications", "Brilique", "antiplatelet-prescribed")]
    [InlineData("medications", "Karum 75", "antiplatelet-prescribed")]
    [InlineData("medications", "Fragmin", "anticoagulant")]
    [InlineData("medications", "Kardegic", "aspirin")]
    [InlineData("medications", "Profinal", "nsaid")]
    [InlineData("medications", "Keral", "nsaid")]
    [InlineData("medications", "Novo Rapid", "insulin")]
    [InlineData("medications", "Lantus SoloStar", "insulin")]
    [InlineData("medications", "Sotret", "isotretinoin")]
    [InlineData("medications", "Humira", "immunosuppressant")]
    [InlineData("medications", "Stelara", "immunosuppressant")]
    [InlineData("medications", "Rinvoq", "immunosuppressant")]
    [InlineData("medications", "deflazacort", "systemic-corticosteroid")]
    [InlineData("medications", "no meds", "none")]
    [InlineData("conditions", "hypertension", "hypertension")]
    [InlineData("conditions", "high blood pressure", "hypertension")]
    [InlineData("conditions", "HTN", "hypertension")]
    [InlineData("conditions", "high bp", "hypertension")]
    [InlineData("conditions", "high cholesterol", "high-cholesterol")]
    [InlineData("conditions", "migraines", "migraine")]
    [InlineData("conditions", "anxiety", "depression-or-anxiety")]
    [InlineData("conditions", "depression", "depression-or-anxiety")]
    [InlineData("conditions", "GERD", "gastric-reflux")]
    [InlineData("conditions", "acid reflux", "gastric-reflux")]
    [InlineData("conditions", "heartburn", "gastric-reflux")]
    [InlineData("conditions", "PCOS", "pcos")]
    [InlineData("conditions", "IBS", "ibs")]
    [InlineData("conditions", "osteoarthritis", "osteoarthritis")]
    [InlineData("conditions", "lower back pain", "back-or-neck-pain")]
    [InlineData("conditions", "anaemia", "anaemia")]
    [InlineData("conditions", "iron deficiency", "anaemia")]
    [InlineData("conditions", "kidney stones", "kidney-stones")]
    [InlineData("conditions", "sleep apnoea", "sleep-apnoea")]
    [InlineData("conditions", "COPD", "copd")]
    [InlineData("conditions", "CKD", "chronic-kidney-disease")]
    [InlineData("conditions", "menopause", "menopause")]
    [InlineData("conditions", "vertigo", "vertigo")]
    [InlineData("conditions", "piles", "haemorrhoids")]
    [InlineData("conditions", "asthma", "allergy-history")]
    [InlineData("conditions", "eczema", "allergy-history")]
    [InlineData("conditions", "hay fever", "allergy-history")]
    [InlineData("conditions", "AF", "heart-disease-on-medication")]
    [InlineData("conditions", "atrial fibrillation", "heart-disease-on-medication")]
    [InlineData("conditions", "IHD", "heart-disease-on-medication")]
    [InlineData("conditions", "heart attack", "heart-disease-on-medication")]
    [InlineData("conditions", "CVA", "stroke-history")]
    [InlineData("conditions", "TIA", "stroke-history")]
    [InlineData("conditions", "T1DM", "diabetes-insulin")]
    [InlineData("conditions", "IDDM", "diabetes-insulin")]
    [InlineData("conditions", "T2DM", "diabetes-non-insulin")]
    [InlineData("conditions", "NIDDM", "diabetes-non-insulin")]
    [InlineData("conditions", "RA", "autoimmune-disease")]
    [InlineData("conditions", "IBD", "autoimmune-disease")]
    [InlineData("conditions", "HIV+", "immunosuppression")]
    [InlineData("conditions", "antiphospholipid syndrome", "coagulation-disorder")]
    [InlineData("conditions", "otherwise healthy", "none")]
    [InlineData("conditions", "fit and well", "none")]
    [InlineData("conditions", "no medical problems", "none")]
    [InlineData("conditions", "nothing", "none")]
    [InlineData("conditions", "None", "none")]
    [InlineData("conditions", "nil", "none")]
    [InlineData("conditions", "N/A", "none")]
    [InlineData("conditions", "nope", "none")]
    [InlineData("conditions", "no medications", "none")]
    public void An_everyday_word_reads_as_its_code(string list, string input, string code)
    {
        Assert.Equal(code, Assert.Single(Kb.Vocabulary.Match(input, Kinds(list))).Code);
    }

    [Theory]
    [InlineData("conditions", "psoriasis", "autoimmune-disease")]
    [InlineData("conditions", "vitiligo", "autoimmune-disease")]
    [InlineData("conditions", "arthritis", "autoimmune-disease")]
    [InlineData("medications", "Plaquenil", "autoimmune-disease")]
    [InlineData("conditions", "PE", "coagulation-disorder")]
    [InlineData("conditions", "pulmonary embolism", "coagulation-disorder")]
    [InlineData("conditions", "DVT", "coagulation-disorder")]
    [InlineData("conditions", "aplastic anaemia", "coagulation-disorder")]
    [InlineData("conditions", "pulmonary hypertension", "heart-disease-on-medication")]
    [InlineData("conditions", "portal hypertension", "liver-disease")]
    [InlineData("medications", "Mounjaro", "diabetes-non-insulin")]
    [InlineData("medications", "Wegovy", "diabetes-non-insulin")]
    [InlineData("medications", "sodium valproate", "epilepsy")]
    [InlineData("medications", "Lamictal", "epilepsy")]
    [InlineData("medications", "pregabalin 75mg", "epilepsy")]
    [InlineData("medications", "EpiPen", "allergy-history")]
    public void An_ambiguous_word_takes_the_more_severe_code_and_says_so(string list, string input, string code)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, Kinds(list)));

        Assert.Equal(code, match.Code);
        Assert.Contains("safer reading", match.SaferReading, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rule_names_an_everyday_code()
    {
        var everyday = EverydayEntries().Select(e => e.Code).ToHashSet(StringComparer.Ordinal);

        var named = Kb.ScreeningRules
            .SelectMany(r => (r.When?.Conditions ?? []).Concat(r.When?.Medications ?? []))
            .Where(everyday.Contains)
            .ToList();

        Assert.Empty(named);
    }

    [Fact]
    public void Every_everyday_entry_names_its_sources_and_says_it_has_no_rule()
    {
        Assert.All(EverydayEntries(), e =>
        {
            Assert.True(e.Sources.Count >= 2, e.Code);
            Assert.Contains("No screening rule", e.Note, StringComparison.Ordinal);
            Assert.True(e.Kind is EntryKind.Condition or EntryKind.Medication, e.Code);
        });
    }

    /// <summary>Every word the knowledge base knew without the everyday files (codes, synonyms,
    /// brand names, safer readings of every kind) still reads as everything it read before, in each
    /// list; a word that read as nothing may now read as an everyday entry.</summary>
    [Fact]
    public void No_everyday_word_hides_a_word_the_knowledge_base_already_knew()
    {
        var baseline = LoadWithoutEverydayFiles();
        var changed = new List<string>();
        foreach (var word in baseline.Entries.SelectMany(Words).Distinct(StringComparer.Ordinal))
        {
            foreach (var (list, kinds) in new[] { ("conditions", ConditionList), ("medications", MedicationList), ("allergies", AllergyList) })
            {
                var before = Codes(baseline.Vocabulary.Match(word, kinds));
                var after = Codes(Kb.Vocabulary.Match(word, kinds));
                if (!before.IsSubsetOf(after))
                {
                    changed.Add($"{list} '{word}': {string.Join(", ", before)} -> {string.Join(", ", after)}");
                }
            }
        }

        Assert.Empty(changed);
    }

    /// <summary>In an allergy list a substance or class is tried before a medication; an everyday
    /// medicine word must not take the place of a planned substance or its class.</summary>
    [Fact]
    public void In_an_allergy_list_an_everyday_medicine_never_hides_a_substance_or_class()
    {
        var hidden = new List<string>();
        foreach (var word in EverydayEntries().Where(e => e.Kind == EntryKind.Medication).SelectMany(Words))
        {
            var substances = Kb.Vocabulary.Match(word, EntryKind.SubstanceClass, EntryKind.Substance).Select(m => m.Code);
            var allergy = Kb.Vocabulary.Match(word, AllergyList).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
            hidden.AddRange(substances.Where(code => !allergy.Contains(code)).Select(code => $"'{word}' hides {code}"));
        }

        Assert.True(hidden.Order(StringComparer.Ordinal).SequenceEqual(VitaminDWordsThatNoLongerReadAsTheVitaminsClass), string.Join("; ", hidden));
    }

    /// <summary>"vitamin d" in an allergy list used to match the class `vitamins` through the word
    /// "vitamin" alone. Vitamin D is no mesotherapy substance, so Clarification 3 reads it as a
    /// medication that is not planned (allergy-history). B vitamins, folic acid and collagen, which
    /// are mesotherapy ingredients, are left unread instead.</summary>
    private static readonly string[] VitaminDWordsThatNoLongerReadAsTheVitaminsClass =
        ["'vitamin d supplement' hides vitamins", "'vitamin d' hides vitamins", "'vitamin d3' hides vitamins"];

    [Fact]
    public void An_everyday_medicine_never_stands_in_for_a_coded_condition_or_habit()
    {
        var everyday = EverydayEntries().Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var shadowed = EverydayEntries()
            .Where(e => e.Kind == EntryKind.Medication)
            .SelectMany(Words)
            .SelectMany(word => Kb.Vocabulary.Match(word, EntryKind.Condition, EntryKind.Habit, EntryKind.NoEntry)
                .Where(m => !everyday.Contains(m.Code))
                .Select(m => $"'{word}' is also {m.Code}"))
            .ToList();

        Assert.Empty(shadowed);
    }

    [Fact]
    public void An_everyday_condition_never_stands_in_for_a_coded_medication()
    {
        var everyday = EverydayEntries().Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var shadowed = EverydayEntries()
            .Where(e => e.Kind == EntryKind.Condition)
            .SelectMany(Words)
            .SelectMany(word => Kb.Vocabulary.Match(word, EntryKind.Medication)
                .Where(m => !everyday.Contains(m.Code))
                .Select(m => $"'{word}' is also {m.Code}"))
            .ToList();

        Assert.Empty(shadowed);
    }

    private static EntryKind[] Kinds(string list) => list switch
    {
        "conditions" => ConditionList,
        "medications" => MedicationList,
        _ => AllergyList,
    };

    private static IEnumerable<string> Words(KnowledgeEntry entry) =>
        [entry.Code, .. entry.Synonyms, .. entry.Brands, .. entry.SaferReadings.Select(r => r.Synonym)];

    private static HashSet<string> Codes(IReadOnlyList<VocabularyMatch> matches) => matches.Select(m => $"{m.Kind}:{m.Code}").ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<KnowledgeEntry> EverydayEntries()
    {
        var codes = EverydayFiles
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(Path.Combine(DataFolder, file))).RootElement.GetProperty("entries").EnumerateArray())
            .Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("code").GetString()))
            .ToHashSet();
        var entries = Kb.Entries.Where(e => codes.Contains((KebabKind(e.Kind), e.Code))).ToList();
        Assert.Equal(codes.Count, entries.Count);
        return entries;
    }

    private static string KebabKind(EntryKind kind) => kind switch
    {
        EntryKind.Condition => "condition",
        EntryKind.Medication => "medication",
        _ => kind.ToString(),
    };

    private static KnowledgeBase LoadWithoutEverydayFiles()
    {
        var folder = Directory.CreateTempSubdirectory("mesosafe-kb-baseline-").FullName;
        try
        {
            // The reading lexicons name everyday codes too; the vocabulary compared here is the entries'.
            foreach (var file in Directory.EnumerateFiles(DataFolder, "*.json")
                .Where(f => !EverydayFiles.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith("lexicon-", StringComparison.Ordinal) && Path.GetFileName(f) != "reading.json"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            return KnowledgeBase.LoadFrom(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
