using MesoSafe.Knowledge;

namespace MesoSafe.Knowledge.Tests;

/// <summary>The practice facts (charting rules, asepsis checklist, consent risks, check-in quick
/// picks) are validated on load like every other fact: each broken fact is one problem naming it.</summary>
public sealed class PracticeFactValidationTests : IDisposable
{
    private const string Version = """{ "version": "test.1" }""";

    private const string Entries = """
        { "entries": [
          { "code": "hair-loss", "kind": "indication", "sources": ["003_df1016af28602ff9.txt"] },
          { "code": "periorbital", "kind": "area", "synonyms": ["under the eyes"], "sources": ["001_763b13d6136d7495.txt"] },
          { "code": "nappage", "kind": "technique", "sources": ["003_df1016af28602ff9.txt"] },
          { "code": "swelling", "kind": "symptom", "sources": ["004_852a3523d2e655f4.txt"] },
          { "code": "local-anesthetics", "kind": "substance-class", "sources": ["001_763b13d6136d7495.txt"] },
          { "code": "lidocaine", "kind": "substance", "classes": ["local-anesthetics"], "sources": ["001_763b13d6136d7495.txt"] }
        ] }
        """;

    private const string Rules = """
        { "screeningRules": [
          { "code": "depth-out-of-range", "effect": "needs-review", "evaluation": "depth", "techniques": ["nappage"], "minDepthMm": 1.0, "maxDepthMm": 4.0,
            "message": "Depth {subject} is out of range.", "sources": ["003_df1016af28602ff9.txt"] },
          { "code": "hair", "effect": "info", "when": { "indications": ["hair-loss"] }, "message": "Hair.", "sources": ["003_df1016af28602ff9.txt"] }
        ] }
        """;

    private const string Charting = """
        { "charting": {
          "minimumInterval": { "days": 7, "sources": ["000_e1510432ee2a068b.txt"] },
          "checkIns": { "days": [1, 3, 7], "sources": ["004_852a3523d2e655f4.txt"] },
          "depthRule": "depth-out-of-range",
          "anesthetics": { "class": "local-anesthetics", "sources": ["001_763b13d6136d7495.txt"] },
          "asepsis": [ { "code": "hands-washed", "text": "Hands washed", "sources": ["004_852a3523d2e655f4.txt"] } ]
        } }
        """;

    private const string Risks = """
        { "consentRisks": [
          { "code": "bruising", "text": "Bruising.", "sources": ["004_852a3523d2e655f4.txt"] },
          { "code": "limited-evidence-hair", "text": "Little evidence.", "when": { "indications": ["hair-loss"] }, "sources": ["003_df1016af28602ff9.txt"] },
          { "code": "periorbital-sensitivity", "text": "Thin skin.", "when": { "areas": ["periorbital"] }, "sources": ["001_763b13d6136d7495.txt"] }
        ] }
        """;

    private const string QuickPicks = """
        { "checkInQuickPicks": [ { "symptom": "swelling", "words": "Swelling", "sources": ["004_852a3523d2e655f4.txt"] } ] }
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("mesosafe-kb-practice-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Valid_practice_facts_load_with_the_knowledge_base()
    {
        Write(Charting, Risks, QuickPicks);

        var kb = KnowledgeBase.LoadFrom(directory);

        Assert.Equal(7, kb.Charting!.MinimumInterval.Days);
        Assert.Equal([1, 3, 7], kb.Charting.CheckIns.Days);
        Assert.Equal("depth-out-of-range", kb.Charting.DepthRule);
        Assert.Equal("hands-washed", Assert.Single(kb.Charting.Asepsis).Code);
        Assert.Equal(3, kb.ConsentRisks.Count);
        Assert.Equal("Swelling", Assert.Single(kb.CheckInQuickPicks).Words);
    }

    [Fact]
    public void Data_without_practice_facts_still_loads_with_none()
    {
        Write();

        var kb = KnowledgeBase.LoadFrom(directory);

        Assert.Null(kb.Charting);
        Assert.Empty(kb.ConsentRisks);
        Assert.Empty(kb.CheckInQuickPicks);
    }

    [Theory]
    [InlineData("charting", "\"days\": 7,", "\"days\": 0,", "charting 'minimumInterval': days must be at least 1")]
    [InlineData("charting", "\"sources\": [\"000_e1510432ee2a068b.txt\"]", "\"sources\": []", "charting 'minimumInterval': no source")]
    [InlineData("charting", "[1, 3, 7]", "[1, 7, 3]", "charting 'checkIns': days must be whole days from 1, ascending, none twice")]
    [InlineData("charting", "[1, 3, 7]", "[0, 3, 7]", "charting 'checkIns': days must be whole days from 1, ascending, none twice")]
    [InlineData("charting", "[1, 3, 7]", "[]", "charting 'checkIns': days must be whole days from 1, ascending, none twice")]
    [InlineData("charting", "\"depthRule\": \"depth-out-of-range\"", "\"depthRule\": \"hair\"", "charting 'depthRule': 'hair' is not a screening rule with evaluation 'depth'")]
    [InlineData("charting", "\"depthRule\": \"depth-out-of-range\"", "\"depthRule\": \"no-such-rule\"", "charting 'depthRule': 'no-such-rule' is not a screening rule with evaluation 'depth'")]
    [InlineData("charting", "\"class\": \"local-anesthetics\"", "\"class\": \"anaesthetics\"", "charting 'anesthetics': class 'anaesthetics' is not a known substance class with members")]
    [InlineData("charting", "\"sources\": [\"001_763b13d6136d7495.txt\"] },", "\"sources\": [\" \"] },", "charting 'anesthetics': no source")]
    [InlineData("charting", "\"text\": \"Hands washed\"", "\"text\": \"\"", "asepsis step 'hands-washed': no text")]
    [InlineData("charting", "\"code\": \"hands-washed\"", "\"code\": \"Hands washed\"", "asepsis step 'Hands washed': code must be lower-case kebab-case")]
    [InlineData("charting", "\"text\": \"Hands washed\", \"sources\": [\"004_852a3523d2e655f4.txt\"]", "\"text\": \"Hands washed\", \"sources\": []", "asepsis step 'hands-washed': no source")]
    [InlineData("charting", "\"asepsis\": [ { \"code\": \"hands-washed\", \"text\": \"Hands washed\", \"sources\": [\"004_852a3523d2e655f4.txt\"] } ]", "\"asepsis\": []", "charting 'asepsis': the checklist has no steps")]
    [InlineData("risks", "\"indications\": [\"hair-loss\"]", "\"indications\": [\"baldness\"]", "consent risk 'limited-evidence-hair': indication 'baldness' is not a known code")]
    [InlineData("risks", "\"areas\": [\"periorbital\"]", "\"areas\": [\"eyes\"]", "consent risk 'periorbital-sensitivity': area 'eyes' is not a known code")]
    [InlineData("risks", "\"areas\": [\"periorbital\"]", "\"areas\": []", "consent risk 'periorbital-sensitivity': 'when' names nothing")]
    [InlineData("risks", "\"text\": \"Bruising.\", \"sources\": [\"004_852a3523d2e655f4.txt\"]", "\"text\": \"Bruising.\", \"sources\": []", "consent risk 'bruising': no source")]
    [InlineData("risks", "\"text\": \"Bruising.\"", "\"text\": \" \"", "consent risk 'bruising': no text")]
    [InlineData("risks", "\"code\": \"limited-evidence-hair\"", "\"code\": \"bruising\"", "consent risk 'bruising': duplicate code")]
    [InlineData("picks", "\"symptom\": \"swelling\"", "\"symptom\": \"puffiness\"", "check-in quick pick 'puffiness': symptom 'puffiness' is not a known code")]
    [InlineData("picks", "\"words\": \"Swelling\"", "\"words\": \"\"", "check-in quick pick 'swelling': no text")]
    [InlineData("picks", "\"sources\": [\"004_852a3523d2e655f4.txt\"]", "\"sources\": []", "check-in quick pick 'swelling': no source")]
    public void A_broken_practice_fact_is_one_problem_naming_it(string file, string find, string replace, string problem)
    {
        var charting = file == "charting" ? Broken(Charting, find, replace) : Charting;
        var risks = file == "risks" ? Broken(Risks, find, replace) : Risks;
        var picks = file == "picks" ? Broken(QuickPicks, find, replace) : QuickPicks;
        Write(charting, risks, picks);

        var check = KnowledgeBase.Check(directory);

        Assert.False(check.IsValid);
        Assert.Equal(problem, Assert.Single(check.Problems));
    }

    [Fact]
    public void A_duplicate_quick_pick_is_a_problem()
    {
        Write(Charting, Risks, QuickPicks, QuickPicks.Replace("\"words\": \"Swelling\"", "\"words\": \"Puffy\"", StringComparison.Ordinal));

        Assert.Equal("check-in quick pick 'swelling': duplicate symptom", Assert.Single(KnowledgeBase.Check(directory).Problems));
    }

    [Fact]
    public void Two_files_declaring_the_charting_rules_is_a_problem()
    {
        Write(Charting, Charting);

        Assert.Equal("more than one file declares the charting rules", Assert.Single(KnowledgeBase.Check(directory).Problems));
    }

    [Fact]
    public void A_misspelt_charting_field_is_rejected_naming_the_file()
    {
        Write(Charting.Replace("\"minimumInterval\"", "\"minimumIntervall\"", StringComparison.Ordinal));

        Assert.Contains(KnowledgeBase.Check(directory).Problems, p => p.StartsWith("file 'practice-0.json':", StringComparison.Ordinal) && p.Contains("minimumIntervall", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hair-loss", "scalp", "limited-evidence-hair")]
    [InlineData("Hair Loss", "", "limited-evidence-hair")]
    [InlineData("", "under the eyes", "periorbital-sensitivity")]
    [InlineData("", "periorbital", "periorbital-sensitivity")]
    public void Consent_risks_are_chosen_by_the_codes_the_vocabulary_reads(string indication, string area, string expected)
    {
        Write(Charting, Risks, QuickPicks);
        var kb = KnowledgeBase.LoadFrom(directory);

        var codes = kb.ConsentRisksFor(indication, [area]).Select(r => r.Code).ToList();

        Assert.Equal(["bruising", expected], codes);
    }

    [Fact]
    public void A_plan_whose_words_name_nothing_gets_the_general_risks_only()
    {
        Write(Charting, Risks, QuickPicks);
        var kb = KnowledgeBase.LoadFrom(directory);

        Assert.Equal(["bruising"], kb.ConsentRisksFor("skin glow", ["knees"]).Select(r => r.Code));
    }

    private static string Broken(string json, string find, string replace)
    {
        Assert.Contains(find, json, StringComparison.Ordinal);
        return json.Replace(find, replace, StringComparison.Ordinal);
    }

    private void Write(params string[] practice)
    {
        File.WriteAllText(Path.Combine(directory, "version.json"), Version);
        File.WriteAllText(Path.Combine(directory, "entries.json"), Entries);
        File.WriteAllText(Path.Combine(directory, "rules.json"), Rules);
        for (var i = 0; i < practice.Length; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"practice-{i}.json"), practice[i]);
        }
    }
}
