using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

/// <summary>The practice facts that moved out of page code and Records data keep their values and
/// name their sources.</summary>
public sealed class EmbeddedPracticeFactTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.LoadEmbedded();

    [Fact]
    public void Charting_keeps_the_interval_the_check_in_days_and_the_depth_rule()
    {
        var charting = Kb.Charting!;

        Assert.Equal(7, charting.MinimumInterval.Days);
        Assert.Equal([1, 3, 7, 14, 30, 90], charting.CheckIns.Days);
        Assert.Equal("depth-out-of-range", charting.DepthRule);
        Assert.Equal("local-anesthetics", charting.Anesthetics.Class);
    }

    [Fact]
    public void The_asepsis_checklist_keeps_its_four_steps_in_order()
    {
        Assert.Equal(
            [("hands-washed", "Hands washed"), ("skin-disinfected", "Skin disinfected"), ("sterile-single-use-needles", "Sterile single-use needles"), ("sterile-gloves", "Sterile gloves")],
            Kb.Charting!.Asepsis.Select(s => (s.Code, s.Text)));
    }

    [Fact]
    public void The_check_in_quick_picks_keep_their_symptoms_and_words_in_order()
    {
        Assert.Equal(
            "swelling,redness,bruising,pain,itching,nodule,warmth,pus,fever,hives,skin-blanching,skin-mottling,difficulty-breathing,throat-swelling,tongue-or-lip-swelling,vision-change,chest-pain,dizziness",
            string.Join(',', Kb.CheckInQuickPicks.Select(p => p.Symptom)));
        Assert.Contains(Kb.CheckInQuickPicks, p => p.Symptom == "nodule" && p.Words == "A lump or bump");
        Assert.Contains(Kb.CheckInQuickPicks, p => p.Symptom == "skin-mottling" && p.Words == "A dusky or purple net pattern");
    }

    [Fact]
    public void The_consent_risks_keep_their_codes_and_conditions()
    {
        Assert.Equal(
            "pain-burning,redness-swelling,bruising,itching,lumps-nodules,infection,allergic-reaction,pigmentation-scarring,skin-necrosis,uncertain-long-term-safety,liver-strain,periorbital-sensitivity,limited-evidence-hair",
            string.Join(',', Kb.ConsentRisks.Select(r => r.Code)));
        Assert.Equal(["localized-fat", "double-chin", "cellulite"], Kb.ConsentRisks.Single(r => r.Code == "liver-strain").When!.Indications);
        Assert.Equal(["periorbital"], Kb.ConsentRisks.Single(r => r.Code == "periorbital-sensitivity").When!.Areas);
    }

    [Fact]
    public void Every_practice_fact_names_a_seed_that_exists_or_a_published_reference()
    {
        var charting = Kb.Charting!;
        var sources = new List<(string Fact, IReadOnlyList<string> Sources)>
        {
            ("minimum interval", charting.MinimumInterval.Sources),
            ("check-in days", charting.CheckIns.Sources),
            ("anaesthetic class", charting.Anesthetics.Sources),
        };
        sources.AddRange(charting.Asepsis.Select(s => ("asepsis " + s.Code, s.Sources)));
        sources.AddRange(Kb.ConsentRisks.Select(r => ("risk " + r.Code, r.Sources)));
        sources.AddRange(Kb.CheckInQuickPicks.Select(p => ("pick " + p.Symptom, p.Sources)));
        var seeds = Path.Combine(MesoSafe.Testing.SharedFiles.SharedRoot, "seeds");

        Assert.All(sources, s => Assert.NotEmpty(s.Sources));
        Assert.All(
            sources.SelectMany(s => s.Sources.Where(x => x.EndsWith(".txt", StringComparison.Ordinal)).Select(x => (s.Fact, Source: x))),
            s => Assert.True(File.Exists(Path.Combine(seeds, s.Source)), $"{s.Fact}: {s.Source}"));
    }

    [Theory]
    [InlineData("skin rejuvenation", "face", "")]
    [InlineData("skin-rejuvenation", "face", "")]
    [InlineData("fat reduction", "belly", "liver-strain")]
    [InlineData("double chin", "under the chin", "liver-strain")]
    [InlineData("dark circles", "under the eyes", "periorbital-sensitivity")]
    [InlineData("alopecia", "scalp", "limited-evidence-hair")]
    public void Consent_risks_follow_the_indication_and_area_the_vocabulary_reads(string indication, string area, string specific)
    {
        var general = Kb.ConsentRisks.Where(r => r.When is null).Select(r => r.Code);

        var codes = Kb.ConsentRisksFor(indication, [area]).Select(r => r.Code).ToList();

        Assert.Equal(specific.Length == 0 ? general : [.. general, specific], codes);
    }

    [Fact]
    public void Facts_that_name_an_entry_are_listed_as_using_it()
    {
        Assert.Contains("consent risk liver-strain", Kb.PracticeFactsUsing(Kb.Find(EntryKind.Indication, "cellulite")!));
        Assert.Contains("consent risk periorbital-sensitivity", Kb.PracticeFactsUsing(Kb.Find(EntryKind.Area, "periorbital")!));
        Assert.Contains("check-in quick pick \"A lump or bump\"", Kb.PracticeFactsUsing(Kb.Find(EntryKind.Symptom, "nodule")!));
        Assert.Contains("charting: the local anaesthetics offered", Kb.PracticeFactsUsing(Kb.Find(EntryKind.SubstanceClass, "local-anesthetics")!));
        Assert.Empty(Kb.PracticeFactsUsing(Kb.Find(EntryKind.Indication, "facial-rejuvenation")!));
    }
}
