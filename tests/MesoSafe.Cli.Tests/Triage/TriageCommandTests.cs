using System.Text;
using System.Text.Json;
using Xunit;

namespace MesoSafe.Cli.Tests.Triage;

/// <summary>The command-line contract of `mesosafe triage`, run as a real process.</summary>
public sealed class TriageCommandTests
{
    private static string ErrorFields(JsonElement answer) => string.Join(' ', answer.GetProperty("error").GetProperty("errors")
        .EnumerateArray()
        .Select(error => error.GetProperty("field").GetString() + ":" + error.GetProperty("code").GetString()));

    [Fact]
    public async Task Answers_good_lines_and_names_every_bad_field_of_bad_lines()
    {
        string[] lines =
        [
            """{"id":"t-1","sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"swelling","severity":"mild"}]}""",
            """{"id":"t-2","sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain","severity":"extreme"}]}""",
            """{"id":"t-3","sessionDate":"2026-11-10","reportedOn":"2026-11-08","temperatureC":51}""",
            """{"id":"t-4","sessionDate":"2026-11-10","reportedOn":"2026-11-10"}""",
        ];
        using var file = new TempFile(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var run = await CliProcess.RunAsync((string?)null, "triage", "--input", file.Path);

        Assert.Equal(3, run.ExitCode);
        var answers = run.Answers;
        Assert.Equal(4, answers.Count);
        Assert.Equal("t-1", answers[0].GetProperty("id").GetString());
        Assert.True(answers[0].TryGetProperty("level", out _));
        Assert.Equal((2, "t-2"), (answers[1].GetProperty("line").GetInt32(), answers[1].GetProperty("id").GetString()));
        Assert.Equal("symptoms[0].severity:unknown-value", ErrorFields(answers[1]));
        Assert.Equal("reportedOn:date-order temperatureC:out-of-range", string.Join(' ', ErrorFields(answers[2]).Split(' ').Order(StringComparer.Ordinal)));
        Assert.Equal("t-4", answers[3].GetProperty("id").GetString());
        Assert.True(answers[3].TryGetProperty("level", out _));
    }

    [Fact]
    public async Task Exits_0_when_every_line_is_answered()
    {
        var run = await CliProcess.RunAsync(
            """{"id":"calm","sessionDate":"2026-11-10","reportedOn":"2026-11-11","symptoms":[]}""" + "\n",
            "triage", "--input", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("calm", Assert.Single(run.Answers).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Answers_a_huge_symptom_list_with_a_too_many_entries_error_and_goes_on()
    {
        var symptoms = string.Join(',', Enumerable.Repeat("""{"code":"pain"}""", 5_000));
        var input = "{\"id\":\"huge\",\"sessionDate\":\"2026-11-10\",\"reportedOn\":\"2026-11-12\",\"symptoms\":[" + symptoms + "]}\n"
            + """{"id":"after","sessionDate":"2026-11-10","reportedOn":"2026-11-12","symptoms":[{"code":"pain"}]}""" + "\n";

        var run = await CliProcess.RunAsync(input, "triage");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("symptoms:too-many-entries", ErrorFields(run.Answers[0]));
        Assert.Equal("after", run.Answers[1].GetProperty("id").GetString());
        Assert.True(run.Answers[1].TryGetProperty("level", out _));
    }
}
