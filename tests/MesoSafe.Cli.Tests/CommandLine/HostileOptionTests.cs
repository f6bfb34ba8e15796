using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using MesoSafe.Cli.CommandLine;
using Xunit;

namespace MesoSafe.Cli.Tests.CommandLine;

/// <summary>Issue 20, item 4: every option of every command, fed hostile values through the real
/// program, ends in exit 2 with one line on standard error naming the option: never an abort, never
/// output. The commands and options come from the parser itself, so a new option without rows in
/// <see cref="HostileOptionTable"/> fails here.</summary>
public sealed class HostileOptionTests(HostileFiles files) : IClassFixture<HostileFiles>
{
    private const int SideBySide = 4;

    public static TheoryData<string> CommandsWithOptions =>
        [.. Symbols().Select(s => s.Command).Distinct()];

    [Fact]
    public void Every_option_and_argument_of_every_command_has_hostile_values()
    {
        var inParser = Symbols().Select(s => s.Command + " " + s.Symbol).ToHashSet();
        var inTable = HostileOptionTable.Rows.Select(r => r.Command + " " + r.Symbol).ToHashSet();

        Assert.Empty(inParser.Except(inTable));
        Assert.Empty(inTable.Except(inParser));
        Assert.All(HostileOptionTable.Rows, row => Assert.NotEmpty(row.Values(files)));
    }

    [Fact]
    public void Whole_number_ranges_in_the_table_are_the_parser_s()
    {
        var numbers = HostileOptionTable.Rows.Where(r => r.Range is not null).ToList();

        Assert.Equal(8, numbers.Count);
        foreach (var row in numbers)
        {
            var (min, max) = row.Range!.Value;
            foreach (var (value, accepted) in new[] { (min, true), (max, true), (min - 1, false), (max + 1, false) })
            {
                string[] args = [.. Words(row.Command), row.Symbol, value.ToString(CultureInfo.InvariantCulture)];
                var parsed = MesosafeCommand.Create().Parse(args);

                Assert.True(accepted == (parsed.Errors.Count == 0), $"{row} {value}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
                Assert.All(parsed.Errors, e => Assert.Contains(row.Symbol, e.Message, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CommandsWithOptions))]
    public async Task Hostile_values_exit_2_with_one_line_naming_the_option(string command)
    {
        var clean = await CliProcess.RunAsync((string?)null, [.. Words(command), .. HostileOptionTable.Clean(command, files).SelectMany(c => c.Arguments)]);
        Assert.True(clean.ExitCode == 0, $"{command} without hostile values: exit {clean.ExitCode}: {clean.StandardError}");

        var runs = HostileOptionTable.Rows
            .Where(row => row.Command == command)
            .SelectMany(row => row.Values(files).Select(value => (Row: row, Value: value)))
            .ToList();
        using var gate = new SemaphoreSlim(SideBySide);
        var problems = await Task.WhenAll(runs.Select(async run =>
        {
            await gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                string[] args =
                [
                    .. Words(command),
                    .. HostileOptionTable.Clean(command, files).Where(c => c.Symbol != run.Row.Symbol).SelectMany(c => c.Arguments),
                    .. run.Row.With ?? [],
                    .. run.Row.Arguments(run.Value),
                ];
                var result = await CliProcess.RunAsync((string?)null, args);
                return Problem(run.Row, result) is { } problem ? $"{run.Row} {CliTextForTest(run.Value)}: {problem}" : null;
            }
            finally
            {
                gate.Release();
            }
        }));

        TestContext.Current.TestOutputHelper?.WriteLine($"{command}: {runs.Count} hostile values tried, {runs.Select(r => r.Row).Distinct().Count()} rows");
        Assert.NotEmpty(runs);
        Assert.Empty(problems.OfType<string>());
    }

    /// <summary>What is wrong with a run that should have refused a hostile value, or null.</summary>
    private static string? Problem(HostileRow row, CliRun result)
    {
        string[] lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 2)
        {
            return $"exit {result.ExitCode}, stderr: {result.StandardError}";
        }

        if (lines.Length != 1)
        {
            return $"{lines.Length} lines on standard error: {result.StandardError}";
        }

        if (lines[0].Contains("internal-error", StringComparison.Ordinal) || lines[0].Contains("Unhandled", StringComparison.Ordinal))
        {
            return "an exception escaped: " + lines[0];
        }

        if (!lines[0].Contains(row.Symbol, StringComparison.Ordinal))
        {
            return "the message does not name " + row.Symbol + ": " + lines[0];
        }

        return result.StandardOutput.Length > 0 ? "wrote to standard output: " + result.StandardOutput : null;
    }

    /// <summary>(command path, option or argument name) for every command, from the parser; help and
    /// version are System.CommandLine's own.</summary>
    private static IEnumerable<(string Command, string Symbol)> Symbols()
    {
        var pending = new Stack<(string Path, Command Command)>();
        pending.Push(("", MesosafeCommand.Create()));

        while (pending.TryPop(out var next))
        {
            foreach (var option in next.Command.Options.Where(o => o is not HelpOption and not VersionOption))
            {
                yield return (next.Path, option.Name);
            }

            foreach (var argument in next.Command.Arguments)
            {
                yield return (next.Path, argument.Name);
            }

            foreach (var sub in next.Command.Subcommands)
            {
                pending.Push(((next.Path + " " + sub.Name).TrimStart(), sub));
            }
        }
    }

    private static string[] Words(string command) => command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string CliTextForTest(string value) => "'" + value.Replace("\n", "\\n", StringComparison.Ordinal) + "'";
}
