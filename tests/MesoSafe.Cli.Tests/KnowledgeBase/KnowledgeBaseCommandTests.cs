using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace MesoSafe.Cli.Tests.KnowledgeBase;

/// <summary><c>mesosafe kb lint|show|version</c> through the real program.</summary>
public sealed class KnowledgeBaseCommandTests
{
    [Fact]
    public async Task Lint_of_the_embedded_data_passes_with_a_summary()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026.11.1 is valid", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("screening rules", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_names_a_rule_whose_sources_were_removed()
    {
        using var data = new KnowledgeDataCopy();
        data.EditScreeningRule("urticaria", rule => rule["sources"] = new JsonArray());

        var run = await CliProcess.RunAsync((string?)null, "kb", "lint", "--data", data.Folder);

        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'urticaria'", problem, StringComparison.Ordinal);
        Assert.Contains("source", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_names_a_rule_that_uses_an_unknown_code()
    {
        using var data = new KnowledgeDataCopy();
        data.EditScreeningRule("pregnancy", rule => rule["when"] = new JsonObject { ["conditions"] = new JsonArray("no-such-condition") });

        var run = await CliProcess.RunAsync((string?)null, "kb", "lint", "--data", data.Folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            line => line.Contains("'pregnancy'", StringComparison.Ordinal) && line.Contains("no-such-condition", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_of_an_unreadable_folder_exits_2_with_one_line_on_standard_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mesosafe-kb-missing-" + Guid.NewGuid().ToString("N"));

        var run = await CliProcess.RunAsync((string?)null, "kb", "lint", "--data", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(missing, Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal("", run.StandardOutput);
    }

    [Fact]
    public async Task Show_anticoagulant_lists_its_brands_its_rule_and_its_sources()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "show", "anticoagulant");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("anticoagulant (medication)", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Xarelto", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("anticoagulant-therapy", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("sources: 002_7e8de476e29357da.txt", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_resolves_a_brand_name_to_its_entry()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "show", "Coumadin");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("anticoagulant (medication)", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_code_exits_2_with_one_line_on_standard_error()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "show", "no-such-code");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-code", Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Equal("", run.StandardOutput);
    }

    [Fact]
    public async Task Show_as_json_parses_and_carries_brands_rules_and_sources()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "show", "anticoagulant", "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.StandardOutput);
        var entry = Assert.Single(document.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal("anticoagulant", entry.GetProperty("code").GetString());
        Assert.Contains("Xarelto", entry.GetProperty("brands").EnumerateArray().Select(brand => brand.GetString()));
        Assert.Contains(entry.GetProperty("usedBy").EnumerateArray(), rule => rule.GetString()!.Contains("anticoagulant-therapy", StringComparison.Ordinal));
        Assert.Contains("002_7e8de476e29357da.txt", entry.GetProperty("sources").EnumerateArray().Select(source => source.GetString()));
    }

    [Fact]
    public async Task Version_prints_the_knowledge_base_version()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2026.11.1", run.StandardOutput.Trim());
    }
}
