using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

public sealed class VocabularyMatcherTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();

    private static readonly EntryKind[] History = [EntryKind.Condition, EntryKind.Medication];

    [Theory]
    [InlineData("Xarelto 20 mg", "anticoagulant")]
    [InlineData("aspirin 81mg tablets", "aspirin")]
    [InlineData("Aspirin 75 mg daily", "aspirin")]
    [InlineData("warfarin sodium 5mg tablet", "anticoagulant")]
    [InlineData("Type 1 diabetes", "diabetes-insulin")]
    [InlineData("currently pregnant (12 weeks)", "pregnancy")]
    [InlineData("12 weeks pregnant", "pregnancy")]
    [InlineData("expecting a baby", "pregnancy")]
    [InlineData("Pregnant", "pregnancy")]
    [InlineData("Coumadin", "anticoagulant")]
    [InlineData("ASA 81 mg", "aspirin")]
    [InlineData("nursing", "breastfeeding")]
    [InlineData("heart failure", "heart-disease-on-medication")]
    [InlineData("atrial fibrillation on treatment", "heart-disease-on-medication")]
    [InlineData("hemophilia", "coagulation-disorder")]
    [InlineData("von Willebrand disease", "coagulation-disorder")]
    [InlineData("hep C", "liver-disease")]
    [InlineData("fatty liver", "liver-disease")]
    [InlineData("cold sore", "skin-infection-at-site")]
    [InlineData("HIV", "immunosuppression")]
    [InlineData("kidney transplant", "immunosuppression")]
    [InlineData("keloids", "keloid-tendency")]
    [InlineData("seizures", "epilepsy")]
    [InlineData("hypothyroidism", "thyroid-disease")]
    [InlineData("Hashimoto", "thyroid-disease")]
    [InlineData("hay fever", "allergy-history")]
    [InlineData("eczema", "allergy-history")]
    [InlineData("history of stroke", "stroke-history")]
    [InlineData("TIA since 2019", "stroke-history")]
    [InlineData("type 2 diabetes on tablets", "diabetes-non-insulin")]
    [InlineData("Diabetes type 2", "diabetes-non-insulin")]
    [InlineData("breast cancer in remission", "cancer-remission")]
    [InlineData("lupus", "autoimmune-disease")]
    [InlineData("chronic hives", "urticaria")]
    [InlineData("insulin-dependent", "diabetes-insulin")]
    public void Free_text_conditions_and_medications_map_to_their_code(string input, string code)
    {
        var matches = Kb.Vocabulary.Match(input, History);

        var match = Assert.Single(matches);
        Assert.Equal(code, match.Code);
        Assert.Equal(input, match.Input);
    }

    [Theory]
    [InlineData("Coumadin", "anticoagulant")]
    [InlineData("Marevan", "anticoagulant")]
    [InlineData("Coumadine", "anticoagulant")]
    [InlineData("Sintrom", "anticoagulant")]
    [InlineData("Eliquis", "anticoagulant")]
    [InlineData("Xarelto", "anticoagulant")]
    [InlineData("Pradaxa", "anticoagulant")]
    [InlineData("Lixiana", "anticoagulant")]
    [InlineData("Savaysa", "anticoagulant")]
    [InlineData("Clexane", "anticoagulant")]
    [InlineData("Lovenox", "anticoagulant")]
    [InlineData("Fraxiparine", "anticoagulant")]
    [InlineData("Orfarin", "anticoagulant")]
    [InlineData("heparin", "anticoagulant")]
    [InlineData("Plavix", "antiplatelet-prescribed")]
    [InlineData("Brilinta", "antiplatelet-prescribed")]
    [InlineData("Brilique", "antiplatelet-prescribed")]
    [InlineData("Effient", "antiplatelet-prescribed")]
    [InlineData("Efient", "antiplatelet-prescribed")]
    [InlineData("ticagrelor 90 mg twice a day", "antiplatelet-prescribed")]
    [InlineData("Aspegic", "aspirin")]
    [InlineData("Ecopirin", "aspirin")]
    [InlineData("Coraspin 100", "aspirin")]
    [InlineData("Disprin", "aspirin")]
    [InlineData("Jusprin 81mg", "aspirin")]
    [InlineData("acetylsalicylic acid", "aspirin")]
    [InlineData("Advil", "nsaid")]
    [InlineData("Nurofen", "nsaid")]
    [InlineData("Brufen 400", "nsaid")]
    [InlineData("Pedifen", "nsaid")]
    [InlineData("Naprosyn", "nsaid")]
    [InlineData("Aleve", "nsaid")]
    [InlineData("Apranax", "nsaid")]
    [InlineData("Voltaren gel", "nsaid")]
    [InlineData("Cataflam", "nsaid")]
    [InlineData("Dikloron", "nsaid")]
    [InlineData("diclofenac sodium", "nsaid")]
    [InlineData("Vitamin E 400 IU", "vitamin-e")]
    [InlineData("fish oil capsules", "fish-oil")]
    [InlineData("Omega-3", "fish-oil")]
    [InlineData("Ginkgo biloba", "ginkgo")]
    [InlineData("Tebokan", "ginkgo")]
    [InlineData("Tanakan", "ginkgo")]
    [InlineData("Roaccutane", "isotretinoin")]
    [InlineData("Accutane", "isotretinoin")]
    [InlineData("Zoretanin 20mg", "isotretinoin")]
    [InlineData("Absorica", "isotretinoin")]
    [InlineData("prednisone", "systemic-corticosteroid")]
    [InlineData("Deltacortril", "systemic-corticosteroid")]
    [InlineData("Prednol", "systemic-corticosteroid")]
    [InlineData("Medrol 4 mg", "systemic-corticosteroid")]
    [InlineData("dexamethasone", "systemic-corticosteroid")]
    [InlineData("Dekort", "systemic-corticosteroid")]
    [InlineData("Neoral", "immunosuppressant")]
    [InlineData("Sandimmun", "immunosuppressant")]
    [InlineData("Prograf", "immunosuppressant")]
    [InlineData("CellCept", "immunosuppressant")]
    [InlineData("Methotrexate 15 mg weekly", "immunosuppressant")]
    [InlineData("Lantus", "insulin")]
    [InlineData("NovoRapid", "insulin")]
    [InlineData("Humalog", "insulin")]
    [InlineData("Levemir", "insulin")]
    [InlineData("Tresiba", "insulin")]
    [InlineData("Toujeo", "insulin")]
    [InlineData("Humulin", "insulin")]
    [InlineData("Mixtard", "insulin")]
    public void Brand_and_generic_names_map_to_the_medication(string input, string code)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Medication));

        Assert.Equal(code, match.Code);
        Assert.Equal(EntryKind.Medication, match.Kind);
    }

    [Theory]
    [InlineData("can't breathe", "difficulty-breathing")]
    [InlineData("cannot breathe", "difficulty-breathing")]
    [InlineData("short of breath", "difficulty-breathing")]
    [InlineData("trouble breathing", "difficulty-breathing")]
    [InlineData("lump", "nodule")]
    [InlineData("bump", "nodule")]
    [InlineData("open wound", "ulcer")]
    [InlineData("swollen throat", "throat-swelling")]
    [InlineData("white patch", "skin-blanching")]
    [InlineData("livedo", "skin-mottling")]
    [InlineData("dark spots", "pigmentation")]
    [InlineData("Swelling!", "swelling")]
    public void Symptom_phrases_map_to_the_symptom(string input, string code)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Symptom));

        Assert.Equal(code, match.Code);
    }

    [Theory]
    [InlineData("LIDOCAINE HCL", "lidocaine")]
    [InlineData("lidocaine hydrochloride", "lidocaine")]
    [InlineData("lecithin", "phosphatidylcholine")]
    [InlineData("sodium deoxycholate", "deoxycholate")]
    [InlineData("Hyaluronic Acid", "hyaluronic-acid")]
    public void Plan_substances_map_through_synonyms(string input, string code)
    {
        Assert.Equal(code, Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Substance)).Code);
    }

    [Fact]
    public void Each_match_reports_the_synonym_that_matched()
    {
        var match = Assert.Single(Kb.Vocabulary.Match("ASA 81 mg", EntryKind.Medication));

        Assert.Equal("asa", match.MatchedSynonym);
        Assert.Equal("ASA 81 mg", match.Input);
    }

    [Fact]
    public void An_entry_naming_two_known_things_yields_both()
    {
        var codes = Kb.Vocabulary.Match("aspirin and warfarin", EntryKind.Medication).Select(m => m.Code);

        Assert.Equal(["aspirin", "anticoagulant"], codes);
    }

    [Fact]
    public void The_longest_synonym_wins()
    {
        var match = Assert.Single(Kb.Vocabulary.Match("type 2 diabetes", EntryKind.Condition));

        Assert.Equal("diabetes-non-insulin", match.Code);
        Assert.Equal("type 2 diabetes", match.MatchedSynonym);
    }

    [Theory]
    [InlineData("breast cancer in remission", "cancer-remission")]
    [InlineData("breast cancer in remission, now on chemotherapy", "cancer,cancer-remission")]
    [InlineData("remission of breast cancer", "cancer-remission,cancer")]
    public void Remission_replaces_cancer_only_when_it_qualifies_the_only_mention(string input, string codes)
    {
        var actual = Kb.Vocabulary.Match(input, EntryKind.Condition).Select(m => m.Code);

        Assert.Equal(codes.Split(','), actual);
    }

    [Theory]
    [InlineData("diabetes")]
    [InlineData("diabetic")]
    public void Diabetes_without_a_type_is_read_as_insulin_treated_and_says_so(string input)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.Condition));

        Assert.Equal("diabetes-insulin", match.Code);
        Assert.Contains("safer reading", match.SaferReading, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_synonym_has_no_safer_reading_note()
    {
        Assert.Null(Assert.Single(Kb.Vocabulary.Match("type 1 diabetes", EntryKind.Condition)).SaferReading);
    }

    [Theory]
    [InlineData("ginkgo", EntryKind.Substance, "ginkgo-extract")]
    [InlineData("peptides", EntryKind.SubstanceClass, "peptides")]
    [InlineData("local anaesthetics", EntryKind.SubstanceClass, "local-anesthetics")]
    [InlineData("aspirin", EntryKind.Medication, "aspirin")]
    public void Allergies_match_classes_and_substances_before_medications(string input, EntryKind kind, string code)
    {
        var match = Assert.Single(Kb.Vocabulary.Match(input, EntryKind.SubstanceClass, EntryKind.Substance, EntryKind.Medication));

        Assert.Equal(kind, match.Kind);
        Assert.Equal(code, match.Code);
    }

    [Theory]
    [InlineData("xyzzy")]
    [InlineData("20 mg")]
    [InlineData("")]
    [InlineData("(note)")]
    public void Text_that_names_nothing_matches_nothing(string input)
    {
        Assert.Empty(Kb.Vocabulary.Match(input, EntryKind.Condition, EntryKind.Medication));
    }

    [Fact]
    public void A_synonym_matches_only_as_whole_words()
    {
        // "asa" must not be found inside "Masa"; "fits" (epilepsy) not inside "benefits".
        Assert.Empty(Kb.Vocabulary.Match("Masa benefits", EntryKind.Condition, EntryKind.Medication));
    }
}
