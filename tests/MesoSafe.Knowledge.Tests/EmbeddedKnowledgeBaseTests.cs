using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

public sealed class EmbeddedKnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();

    [Fact]
    public void Embedded_data_is_valid_and_reports_its_version()
    {
        var check = KnowledgeBase.CheckEmbedded();

        Assert.Empty(check.Problems);
        Assert.Equal("2026.11.1", Kb.Version);
    }

    [Fact]
    public void LoadEmbedded_returns_one_cached_instance()
    {
        Assert.Same(Kb, KnowledgeBase.LoadEmbedded());
    }

    [Fact]
    public void Every_entry_names_a_source()
    {
        Assert.NotEmpty(Kb.Entries);
        Assert.All(Kb.Entries, e => Assert.True(e.Sources.Count > 0 && e.Sources.All(s => s.Trim().Length > 0), e.Code));
    }

    [Fact]
    public void Every_rule_requirement_and_advice_names_a_source()
    {
        Assert.All(Kb.ScreeningRules, r => Assert.True(r.Sources.Count > 0 && r.Sources.All(s => s.Trim().Length > 0), r.Code));
        Assert.All(Kb.TriageRules, r => Assert.True(r.Sources.Count > 0 && r.Sources.All(s => s.Trim().Length > 0), r.Code));
        Assert.All(Kb.Requirements, r => Assert.NotEmpty(r.Sources));
        Assert.All(Kb.Advice, a => Assert.NotEmpty(a.Sources));
        Assert.NotEmpty(Kb.Normalisation.Sources);
    }

    [Fact]
    public void Seed_sources_name_files_that_exist()
    {
        var seeds = Path.Combine(MesoSafe.Testing.SharedFiles.SharedRoot, "seeds");
        var cited = Kb.Entries.SelectMany(e => e.Sources)
            .Concat(Kb.ScreeningRules.SelectMany(r => r.Sources))
            .Concat(Kb.TriageRules.SelectMany(r => r.Sources))
            .Where(s => s.EndsWith(".txt", StringComparison.Ordinal))
            .Distinct();

        Assert.All(cited, s => Assert.True(File.Exists(Path.Combine(seeds, s)), s));
    }

    [Theory]
    [InlineData(EntryKind.Condition, "pregnancy,breastfeeding,stroke-history,diabetes-insulin,diabetes-non-insulin,heart-disease-on-medication,cancer,cancer-remission,coagulation-disorder,urticaria,liver-disease,skin-infection-at-site,autoimmune-disease,immunosuppression,keloid-tendency,allergy-history,epilepsy,thyroid-disease")]
    [InlineData(EntryKind.Medication, "anticoagulant,antiplatelet-prescribed,aspirin,nsaid,vitamin-e,fish-oil,ginkgo,insulin,isotretinoin,systemic-corticosteroid,immunosuppressant")]
    [InlineData(EntryKind.Substance, "vitamin-c,biotin,dexpanthenol,multivitamin,zinc,organic-silicon,amino-acids,procollagen-peptide,peptides,coenzymes,antioxidants,dmae,hyaluronic-acid,hyaluronidase,collagenase,calcitonin,thyroxine,plant-extract,artichoke-extract,centella-asiatica,ginkgo-extract,phosphatidylcholine,deoxycholate,caffeine,l-carnitine,antibiotic,vasodilator,finasteride,minoxidil,dutasteride,lidocaine,procaine,mepivacaine")]
    [InlineData(EntryKind.SubstanceClass, "vitamins,minerals,peptides,enzymes,hormones,plant-extracts,lipolytics,local-anesthetics")]
    [InlineData(EntryKind.Indication, "facial-rejuvenation,skin-tightening,fine-lines,dark-circles,hyperpigmentation,stretch-marks,double-chin,face-contouring,hair-loss,cellulite,localized-fat,body-tightening")]
    [InlineData(EntryKind.Area, "face,periorbital,neck,scalp,submental,decollete,abdomen,flanks,thighs,buttocks,arms,legs")]
    [InlineData(EntryKind.Technique, "nappage,papule,point-by-point,injector-gun,needle-free")]
    [InlineData(EntryKind.Procedure, "prp,botulinum-toxin,dermal-filler,threads")]
    [InlineData(EntryKind.Symptom, "pain,swelling,redness,bruising,itching,burning,hives,rash,nodule,hardening,pigmentation,blister,ulcer,bleeding,pus,warmth,fever,nausea,vomiting,diarrhea,abdominal-pain,jaundice,difficulty-breathing,throat-swelling,tongue-or-lip-swelling,face-swelling,wheezing,dizziness,fainting,chest-pain,skin-blanching,skin-mottling,vision-change,numbness,tingling,scar,hair-shedding")]
    public void Every_code_the_rules_require_is_known(EntryKind kind, string codes)
    {
        Assert.All(codes.Split(','), code => Assert.NotNull(Kb.Find(kind, code)));
    }

    [Theory]
    [InlineData("vitamins", "vitamin-c,biotin,dexpanthenol,multivitamin")]
    [InlineData("minerals", "zinc,organic-silicon")]
    [InlineData("peptides", "procollagen-peptide,peptides")]
    [InlineData("enzymes", "hyaluronidase,collagenase")]
    [InlineData("hormones", "calcitonin,thyroxine")]
    [InlineData("plant-extracts", "plant-extract,artichoke-extract,centella-asiatica,ginkgo-extract")]
    [InlineData("lipolytics", "phosphatidylcholine,deoxycholate,caffeine,l-carnitine")]
    [InlineData("local-anesthetics", "lidocaine,procaine,mepivacaine")]
    public void Substance_classes_hold_their_members(string cls, string members)
    {
        var actual = Kb.MembersOf(cls).Select(m => m.Code).Order(StringComparer.Ordinal);

        Assert.Equal(members.Split(',').Order(StringComparer.Ordinal), actual);
    }

    [Theory]
    [InlineData("pain", 3)]
    [InlineData("burning", 3)]
    [InlineData("redness", 5)]
    [InlineData("swelling", 5)]
    [InlineData("itching", 5)]
    [InlineData("bruising", 14)]
    [InlineData("nodule", 14)]
    [InlineData("nausea", 2)]
    [InlineData("bleeding", 1)]
    [InlineData("numbness", 2)]
    [InlineData("tingling", 2)]
    [InlineData("diarrhea", 2)]
    public void Expected_durations_follow_the_self_care_table(string symptom, int days)
    {
        Assert.Equal(days, Kb.Find(EntryKind.Symptom, symptom)!.ExpectedDays);
    }

    [Fact]
    public void Symptoms_outside_the_self_care_table_have_no_expected_duration()
    {
        Assert.Null(Kb.Find(EntryKind.Symptom, "vomiting")!.ExpectedDays);
        Assert.Null(Kb.Find(EntryKind.Symptom, "hives")!.ExpectedDays);
        Assert.Null(Kb.Find(EntryKind.Symptom, "warmth")!.ExpectedDays);
    }
}
