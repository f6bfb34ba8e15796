using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace MesoSafe.Cli.Tests.KnowledgeBase;

/// <summary><c>mesosafe kb show|lint</c> for the practice facts (charting rules, asepsis checklist,
/// consent risks, check-in quick picks) through the real program.</summary>
public sealed class PracticeFactCommandTests
{
    [Fact]
    public async Task Lint_of_the_embedded_data_counts_the_practice_facts()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("practice facts: 13 consent risks, 18 check-in quick picks, charting rules with 4 asepsis steps", run.StandardOutput, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BrokenFacts() => new()
    {
        { "consent-risks.json", "liver-strain-indication", "consent risk 'liver-strain': indication 'slimming-shots' is not a known code" },
        { "consent-risks.json", "bruising-sources", "consent risk 'bruising': no source" },
        { "charting.json", "asepsis-sources", "asepsis step 'skin-disinfected': no source" },
        { "charting.json", "depth-rule", "charting 'depthRule': 'pregnancy' is not a screening rule with evaluation 'depth'" },
        { "charting.json", "interval", "charting 'minimumInterval': days must be at least 1" },
        { "charting.json", "anesthetic-class", "charting 'anesthetics': class 'numbing' is not a known substance class with members" },
        { "check-in.json", "pick-symptom", "check-in quick pick 'lumpiness': symptom 'lumpiness' is not a known code" },
    };

    [Theory]
    [MemberData(nameof(BrokenFacts))]
    public async Task Lint_of_a_broken_copy_exits_1_naming_the_fact(string file, string breakage, string problem)
    {
        using var data = new KnowledgeDataCopy();
        data.EditFile(file, document => Break(document, breakage));

        var run = await CliProcess.RunAsync((string?)null, "kb", "lint", "--data", data.Folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(problem, Assert.Single(run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Show_a_consent_risk_prints_its_text_its_plans_and_its_sources()
    {
        var shown = await ShowAsync("liver-strain");

        Assert.StartsWith("liver-strain (consent risk)", shown, StringComparison.Ordinal);
        Assert.Contains("text: Fat-dissolving injections can strain the liver", shown, StringComparison.Ordinal);
        Assert.Contains("applies to: indications localized-fat, double-chin, cellulite; areas (none)", shown, StringComparison.Ordinal);
        Assert.Contains("sources: 000_e1510432ee2a068b.txt; 002_7e8de476e29357da.txt", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_charting_prints_the_interval_check_in_days_depth_anaesthetics_and_checklist()
    {
        var shown = await ShowAsync("charting");

        Assert.Contains("minimum-interval (charting rule)", shown, StringComparison.Ordinal);
        Assert.Contains("less than 7 days", shown, StringComparison.Ordinal);
        Assert.Contains("days 1, 3, 7, 14, 30, 90", shown, StringComparison.Ordinal);
        Assert.Contains("range: 1.0 to 4.0 mm", shown, StringComparison.Ordinal);
        Assert.Contains("areas: periorbital at most 2.0 mm", shown, StringComparison.Ordinal);
        Assert.Contains("members: lidocaine; procaine; mepivacaine", shown, StringComparison.Ordinal);
        Assert.Contains("sterile-single-use-needles (asepsis step)", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_the_asepsis_checklist_as_json_lists_each_step_with_sources()
    {
        var shown = await ShowAsync("asepsis-checklist", "--json");

        using var document = JsonDocument.Parse(shown);
        var facts = document.RootElement.GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(["hands-washed", "skin-disinfected", "sterile-single-use-needles", "sterile-gloves"], facts.Select(f => f.GetProperty("code").GetString()));
        Assert.All(facts, f => Assert.Equal("asepsis step", f.GetProperty("type").GetString()));
        Assert.All(facts, f => Assert.NotEqual(0, f.GetProperty("sources").GetArrayLength()));
    }

    [Fact]
    public async Task Show_a_symptom_adds_its_quick_pick_and_says_it_is_offered()
    {
        var shown = await ShowAsync("nodule");

        Assert.StartsWith("nodule (symptom)", shown, StringComparison.Ordinal);
        Assert.Contains("check-in quick pick \"A lump or bump\"", shown, StringComparison.Ordinal);
        Assert.Contains("nodule (check-in quick pick)", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_an_area_lists_the_consent_risk_that_names_it()
    {
        var shown = await ShowAsync("periorbital", "--json");

        using var document = JsonDocument.Parse(shown);
        var entry = Assert.Single(document.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Contains("consent risk periorbital-sensitivity", entry.GetProperty("usedBy").EnumerateArray().Select(u => u.GetString()));
    }

    /// <summary>Runs <c>mesosafe kb show ARGS</c>, which must succeed, and returns what it printed.</summary>
    private static async Task<string> ShowAsync(params string[] arguments)
    {
        var run = await CliProcess.RunAsync((string?)null, ["kb", "show", .. arguments]);
        Assert.Equal(0, run.ExitCode);
        return run.StandardOutput;
    }

    private static void Break(JsonNode document, string breakage)
    {
        switch (breakage)
        {
            case "liver-strain-indication":
                Risk(document, "liver-strain")["when"]!["indications"]!.AsArray().Add("slimming-shots");
                break;
            case "bruising-sources":
                Risk(document, "bruising")["sources"] = new JsonArray();
                break;
            case "asepsis-sources":
                document["charting"]!["asepsis"]!.AsArray().Single(s => (string?)s!["code"] == "skin-disinfected")!["sources"] = new JsonArray();
                break;
            case "depth-rule":
                document["charting"]!["depthRule"] = "pregnancy";
                break;
            case "interval":
                document["charting"]!["minimumInterval"]!["days"] = 0;
                break;
            case "anesthetic-class":
                document["charting"]!["anesthetics"]!["class"] = "numbing";
                break;
            case "pick-symptom":
                document["checkInQuickPicks"]!.AsArray().Single(p => (string?)p!["symptom"] == "nodule")!["symptom"] = "lumpiness";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "no such breakage");
        }
    }

    private static JsonNode Risk(JsonNode document, string code) =>
        document["consentRisks"]!.AsArray().Single(r => (string?)r!["code"] == code)!;
}
