using System.Text;
using System.Text.Json;
using Xunit;

namespace MesoSafe.Cli.Tests.Screening;

/// <summary>The command-line contract of `mesosafe screen`, run as a real process.</summary>
public sealed class ScreenCommandTests
{
    private const string Plan = """{"indication":"hair-loss","areas":["scalp"],"substances":["biotin","dexpanthenol"],"anesthetic":null,"technique":"nappage","depthMm":1.0,"combinedWith":[]}""";

    private static string Request(string id, string extra = "") =>
        "{\"id\":\"" + id + "\",\"date\":\"2026-11-22\",\"patient\":{\"birthDate\":\"1990-05-01\",\"sex\":\"female\",\"previousMesotherapy\":true}"
        + extra + ",\"plan\":" + Plan + "}";

    private static string ErrorCode(JsonElement answer) => answer.GetProperty("error").GetProperty("code").GetString()!;

    private static IEnumerable<string> FieldCodes(JsonElement answer) => answer.GetProperty("error").GetProperty("errors")
        .EnumerateArray()
        .Select(error => error.GetProperty("field").GetString() + ":" + error.GetProperty("code").GetString());

    [Fact]
    public async Task Answers_every_line_in_input_order_and_exits_0()
    {
        var input = string.Concat(Enumerable.Range(1, 50).Select(number => Request("case-" + number) + "\n"));
        using var file = new TempFile(Encoding.UTF8.GetBytes(input));

        var run = await CliProcess.RunAsync((string?)null, "screen", "--input", file.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Enumerable.Range(1, 50).Select(number => "case-" + number), run.Answers.Select(answer => answer.GetProperty("id").GetString()));
        Assert.All(run.Answers, answer => Assert.True(answer.TryGetProperty("decision", out _)));
        Assert.Empty(run.StandardError);
    }

    [Theory]
    [InlineData("-")]
    [InlineData(null)]
    public async Task Reads_standard_input_when_input_is_a_dash_or_absent(string? input)
    {
        string[] arguments = input is null ? ["screen"] : ["screen", "--input", input];

        var run = await CliProcess.RunAsync(Request("from-stdin") + "\n", arguments);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("from-stdin", Assert.Single(run.Answers).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Answers_each_bad_line_with_its_error_and_still_answers_every_good_line()
    {
        var longString = new string('m', 1024 * 1024);
        var manyConditions = string.Join(',', Enumerable.Repeat("\"diabetes\"", 600));
        string[] lines =
        [
            Request("good-1"),
            "this is not json",
            """{"id":"wrong-type","date":"2026-11-22","plan":{"depthMm":"deep"}}""",
            """{"id":"impossible-date","date":"2026-13-45","plan":{}}""",
            """{"id":"absurd-depth","date":"2026-11-22","plan":{"depthMm":35}}""",
            "{\"id\":\"long-string\",\"date\":\"2026-11-22\",\"medications\":[\"" + longString + "\"],\"plan\":{}}",
            "{\"id\":\"huge-list\",\"date\":\"2026-11-22\",\"conditions\":[" + manyConditions + "],\"plan\":{}}",
            """{"id":"no-plan","date":"2026-11-22"}""",
            """{"id":"null-entry","date":"2026-11-22","allergies":[null],"plan":{}}""",
            Request("good-2"),
        ];
        using var file = new TempFile(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

        var run = await CliProcess.RunAsync((string?)null, "screen", "--input", file.Path);

        Assert.Equal(3, run.ExitCode);
        var answers = run.Answers;
        Assert.Equal(lines.Length, answers.Count);
        Assert.Equal("good-1", answers[0].GetProperty("id").GetString());
        Assert.True(answers[0].TryGetProperty("decision", out _));
        Assert.Equal((2, JsonValueKind.Null, "invalid-json"), (answers[1].GetProperty("line").GetInt32(), answers[1].GetProperty("id").ValueKind, ErrorCode(answers[1])));
        Assert.Contains("plan.depthMm:invalid-type", FieldCodes(answers[2]));
        Assert.Contains("date:invalid-date", FieldCodes(answers[3]));
        Assert.Contains("plan.depthMm:out-of-range", FieldCodes(answers[4]));
        Assert.Contains("medications[0]:too-long", FieldCodes(answers[5]));
        Assert.Contains("conditions:too-many-entries", FieldCodes(answers[6]));
        Assert.Contains("plan:required", FieldCodes(answers[7]));
        Assert.Contains("allergies[0]:null-entry", FieldCodes(answers[8]));
        for (var index = 2; index <= 8; index++)
        {
            Assert.Equal(index + 1, answers[index].GetProperty("line").GetInt32());
            Assert.Equal(lines[index][7..(lines[index].IndexOf('"', 7))], answers[index].GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(answers[index].GetProperty("error").GetProperty("title").GetString()));
            Assert.False(string.IsNullOrEmpty(answers[index].GetProperty("error").GetProperty("detail").GetString()));
        }

        Assert.Equal("good-2", answers[9].GetProperty("id").GetString());
        Assert.True(answers[9].TryGetProperty("decision", out _));
    }

    [Fact]
    public async Task Handles_a_byte_order_mark_crlf_line_ends_and_a_blank_line_in_the_middle()
    {
        var input = Encoding.UTF8.GetPreamble()
            .Concat(Encoding.UTF8.GetBytes(Request("first") + "\r\n\r\n" + Request("third") + "\r\n"))
            .ToArray();

        var run = await CliProcess.RunAsync(input, "screen");

        Assert.Equal(3, run.ExitCode);
        var answers = run.Answers;
        Assert.Equal(3, answers.Count);
        Assert.Equal("first", answers[0].GetProperty("id").GetString());
        Assert.Equal((2, "blank-line"), (answers[1].GetProperty("line").GetInt32(), ErrorCode(answers[1])));
        Assert.Equal("third", answers[2].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Exits_2_with_one_line_on_standard_error_when_the_input_file_is_missing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mesosafe-missing-" + Guid.NewGuid().ToString("N") + ".jsonl");

        var run = await CliProcess.RunAsync((string?)null, "screen", "--input", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.StandardOutput);
        Assert.Contains(missing, run.StandardError, StringComparison.Ordinal);
        Assert.Single(run.StandardError.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Exits_2_when_the_input_is_a_folder()
    {
        var run = await CliProcess.RunAsync((string?)null, "screen", "--input", Path.GetTempPath());

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.StandardError.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Exits_2_with_one_line_on_standard_error_for_an_unknown_option()
    {
        var run = await CliProcess.RunAsync(string.Empty, "screen", "--fast");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.StandardOutput);
        Assert.Contains("--fast", run.StandardError, StringComparison.Ordinal);
        Assert.Single(run.StandardError.TrimEnd('\n').Split('\n'));
    }
}
