using System.Text;
using System.Text.Json;
using MesoSafe.Cli.JsonLines;
using Xunit;

namespace MesoSafe.Cli.Tests.JsonLines;

public sealed class JsonLinesBatchTests
{
    /// <summary>Small chunks and several in flight, so that ordering across workers is exercised.</summary>
    private static readonly JsonLinesBatchOptions SmallChunks = new() { ChunkBytes = 64, ChunksInFlight = 4, MaxLineBytes = 1024 };

    private static async Task<(JsonLinesSummary Summary, List<JsonElement> Lines)> RunAsync(
        byte[] input, JsonLinesBatchOptions? options = null)
    {
        using var output = new MemoryStream();
        var summary = await new JsonLinesBatch(new EchoEvaluator(), options ?? SmallChunks)
            .RunAsync(new MemoryStream(input), output, TestContext.Current.CancellationToken);
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "every answer ends its line");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return (summary, lines);
    }

    private static Task<(JsonLinesSummary Summary, List<JsonElement> Lines)> RunAsync(string input, JsonLinesBatchOptions? options = null) =>
        RunAsync(Encoding.UTF8.GetBytes(input), options);

    private static string Echo(JsonElement answer) => answer.GetProperty("echo").GetString()!;

    [Fact]
    public async Task Answers_many_lines_in_input_order_across_parallel_chunks()
    {
        var input = string.Concat(Enumerable.Range(1, 2_000).Select(number => "request " + number + "\n"));

        var (summary, lines) = await RunAsync(input);

        Assert.Equal(Enumerable.Range(1, 2_000).Select(number => "request " + number), lines.Select(Echo));
        Assert.Equal(new JsonLinesSummary(2_000, 0), summary);
        Assert.Equal(0, summary.ExitCode);
    }

    [Fact]
    public async Task Gives_a_blank_line_its_own_error_so_answers_stay_aligned()
    {
        var (summary, lines) = await RunAsync("one\n\n  \nfour\n");

        Assert.Equal("one", Echo(lines[0]));
        Assert.Equal((2, "blank-line"), (lines[1].GetProperty("line").GetInt32(), lines[1].GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.Equal("four", Echo(lines[3]));
        Assert.Equal(new JsonLinesSummary(4, 2), summary);
        Assert.Equal(3, summary.ExitCode);
    }

    [Fact]
    public async Task Strips_carriage_returns_and_a_byte_order_mark()
    {
        var input = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("one\r\ntwo\r\n")).ToArray();

        var (_, lines) = await RunAsync(input);

        Assert.Equal(["one", "two"], lines.Select(Echo));
    }

    [Theory]
    [InlineData("one\ntwo\n", 2)]
    [InlineData("one\ntwo", 2)]
    [InlineData("", 0)]
    public async Task Counts_a_last_line_without_newline_but_not_a_final_newline(string input, int expected)
    {
        var (summary, lines) = await RunAsync(input);

        Assert.Equal(expected, summary.Lines);
        Assert.Equal(expected, lines.Count);
    }

    [Fact]
    public async Task Numbers_error_lines_by_physical_line_and_keeps_going()
    {
        var input = string.Concat(Enumerable.Range(1, 300).Select(number => number % 7 == 0 ? "bad " + number + "\n" : "ok " + number + "\n"));

        var (summary, lines) = await RunAsync(input);

        Assert.Equal(300, lines.Count);
        for (var number = 1; number <= 300; number++)
        {
            var answer = lines[number - 1];
            if (number % 7 == 0)
            {
                Assert.Equal(number, answer.GetProperty("line").GetInt32());
                Assert.Equal("bad " + number, answer.GetProperty("id").GetString());
            }
            else
            {
                Assert.Equal("ok " + number, Echo(answer));
            }
        }

        Assert.Equal(300 / 7, summary.Errors);
    }

    [Fact]
    public async Task Skips_a_line_over_the_limit_and_answers_the_lines_around_it()
    {
        var input = "first\n" + new string('x', 5_000) + "\nthird\n" + new string('y', 3_000);

        var (summary, lines) = await RunAsync(input);

        Assert.Equal(4, lines.Count);
        Assert.Equal("first", Echo(lines[0]));
        Assert.Equal((2, "line-too-long"), (lines[1].GetProperty("line").GetInt32(), lines[1].GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal("third", Echo(lines[2]));
        Assert.Equal((4, "line-too-long"), (lines[3].GetProperty("line").GetInt32(), lines[3].GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal(new JsonLinesSummary(4, 2), summary);
    }

    [Fact]
    public async Task Reads_a_line_longer_than_a_chunk_but_within_the_limit()
    {
        var longLine = new string('z', 900);

        var (_, lines) = await RunAsync("a\n" + longLine + "\nb\n");

        Assert.Equal(["a", longLine, "b"], lines.Select(Echo));
    }

    [Fact]
    public async Task Gives_the_same_answers_on_the_reading_thread_as_in_parallel()
    {
        var input = string.Concat(Enumerable.Range(1, 500).Select(number => (number % 5 == 0 ? "bad " : "ok ") + number + "\r\n"));

        var (parallel, parallelLines) = await RunAsync(input);
        var (sequential, sequentialLines) = await RunAsync(input, SmallChunks with { ChunksInFlight = 1 });

        Assert.Equal(parallel, sequential);
        Assert.Equal(parallelLines.Select(line => line.GetRawText()), sequentialLines.Select(line => line.GetRawText()));
    }
}
