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

    [Theory]
    [InlineData("physical-examination", "physical-examination (requirement before treatment, every screening)", "note: Required by every screening")]
    [InlineData("physical-examination", "physical-examination (requirement before treatment, every screening)", "sources: 002_7e8de476e29357da.txt")]
    [InlineData("sensitivity-test", "sensitivity-test (requirement before treatment, first session)", "required by: screening rule allergy-history (precaution)")]
    [InlineData("physician-approval", "physician-approval (requirement before treatment, when a finding requires it)", "screening rule diabetes-non-insulin (needs-review)")]
    [InlineData("before-session-hydrate", "before-session-hydrate (advice, before-session)", "sources: 004_852a3523d2e655f4.txt")]
    [InlineData("before-session-no-strenuous-exercise", "before-session-no-strenuous-exercise (advice, before-session)", "text: Do not do strenuous exercise on the day of your session.")]
    [InlineData("aftercare-cold-compress", "aftercare-cold-compress (advice, aftercare)", "text: Apply a cold compress")]
    [InlineData("vascular-no-cold", "vascular-no-cold (advice, vascular)", "DeLorenzi C.")]
    [InlineData("course-of-sessions", "course-of-sessions (course of sessions)", "sessions: 3 to 15")]
    [InlineData("course-of-sessions", "course-of-sessions (course of sessions)", "interval: 7 to 10 days at first, then at most 31 days")]
    [InlineData("course-of-sessions", "course-of-sessions (course of sessions)", "screening rule course-interval-too-short (precaution, interval-min)")]
    [InlineData("course-too-many-sessions", "course-too-many-sessions (screening rule, precaution)", "sources: 000_e1510432ee2a068b.txt")]
    [InlineData("phosphatidylcholine", "phosphatidylcholine (substance)", "known reactions: swelling; redness")]
    [InlineData("panniculitis", "panniculitis (symptom)", "triage rule panniculitis (urgent)")]
    public async Task Show_answers_for_requirements_advice_the_course_and_the_new_entries(string code, string heading, string line)
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "show", code);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(heading, run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(line, run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_as_json_carries_requirements_advice_and_the_course()
    {
        var requirement = await ShowJsonAsync("physical-examination");
        var step = Assert.Single(requirement.GetProperty("requirements").EnumerateArray());
        Assert.Equal(("physical-examination", "every screening"), (step.GetProperty("code").GetString(), step.GetProperty("when").GetString()));
        Assert.Empty(requirement.GetProperty("entries").EnumerateArray());

        var advice = Assert.Single((await ShowJsonAsync("before-session-hydrate")).GetProperty("advice").EnumerateArray());
        Assert.Equal("before-session", advice.GetProperty("appliesTo").GetString());
        Assert.Contains("004_852a3523d2e655f4.txt", advice.GetProperty("sources").EnumerateArray().Select(source => source.GetString()));

        var course = Assert.Single((await ShowJsonAsync("course-of-sessions")).GetProperty("courses").EnumerateArray());
        Assert.Equal((3, 15, 7, 10, 31), (course.GetProperty("minSessions").GetInt32(), course.GetProperty("maxSessions").GetInt32(),
            course.GetProperty("minIntervalDays").GetInt32(), course.GetProperty("maxIntervalDays").GetInt32(), course.GetProperty("maxLaterIntervalDays").GetInt32()));
    }

    private static async Task<JsonElement> ShowJsonAsync(string code)
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "show", code, "--json");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.StandardOutput);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Version_prints_the_knowledge_base_version()
    {
        var run = await CliProcess.RunAsync((string?)null, "kb", "version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2026.11.1", run.StandardOutput.Trim());
    }
}
