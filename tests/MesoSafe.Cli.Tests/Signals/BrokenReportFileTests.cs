using System.Text;
using MesoSafe.Testing;
using Xunit;

namespace MesoSafe.Cli.Tests.Signals;

/// <summary>Issue 20, item 5, through the real program: one unclosed quote at line 302 used to drop the
/// rest of the file ("skipped 1 malformed rows of 301"). Now the broken lines are named, and the
/// signals equal those of the same file without them. Broken copies are made from ../shared at test time.</summary>
public sealed class BrokenReportFileTests
{
    [Fact]
    public async Task Caers_with_broken_lines_gives_the_signals_of_the_file_without_them()
    {
        string[] lines = File.ReadAllLines(SharedFiles.Data("caers", "caers.csv"));
        var broken = new Dictionary<int, string>
        {
            // The closing quote of the last field dropped; NULs inside the quoted fields; a field opened and never closed.
            [302] = lines[301][..^1],
            [5_000] = lines[4_999].Replace(",\"", ",\"\0", StringComparison.Ordinal),
            [15_000] = lines[14_999] + ",\"",
        };
        using var brokenFile = new TempFile("caers-broken.csv");
        using var withoutFile = new TempFile("caers-without.csv");
        File.WriteAllText(brokenFile.Path, string.Join('\n', lines.Select((l, i) => broken.GetValueOrDefault(i + 1, l))) + "\n", new UTF8Encoding(false));
        File.WriteAllText(withoutFile.Path, string.Join('\n', lines.Where((_, i) => !broken.ContainsKey(i + 1))) + "\n", new UTF8Encoding(false));

        var fromBroken = await MesosafeProcess.RunAsync("signals", "--input", brokenFile.Path);
        var fromWithout = await MesosafeProcess.RunAsync("signals", "--input", withoutFile.Path);

        Assert.Equal(3, fromBroken.ExitCode);
        Assert.Equal(0, fromWithout.ExitCode);
        Assert.Contains(fromBroken.ErrorLines, l => l.Contains("caers-broken.csv line 302: row-unterminated-quote", StringComparison.Ordinal));
        Assert.Contains(fromBroken.ErrorLines, l => l.Contains("caers-broken.csv line 5000: row-nul-byte", StringComparison.Ordinal));
        Assert.Contains(fromBroken.ErrorLines, l => l.Contains("caers-broken.csv line 15000: row-unterminated-quote", StringComparison.Ordinal));
        Assert.Equal("mesosafe: read 20153 rows and skipped 3 malformed rows of 20156 data lines", fromBroken.ErrorLines[^1]);
        Assert.Equal("mesosafe: read 20153 rows and skipped 0 malformed rows of 20153 data lines", fromWithout.ErrorLines[^1]);
        Assert.Equal(fromWithout.Output, fromBroken.Output);
        Assert.True(fromBroken.Output.Split('\n').Length > 17_000);
    }

    [Fact]
    public async Task Faers_with_an_unclosed_quote_at_line_302_still_reads_every_other_line()
    {
        byte[] intact = File.ReadAllBytes(SharedFiles.Data("faers", "faers22q3.csv"));
        int start = Nth(intact, 301) + 1;
        int end = Array.IndexOf(intact, (byte)'\n', start);
        using var brokenFile = new TempFile("faers-broken.csv");
        File.WriteAllBytes(brokenFile.Path, [.. intact[..(end - 1)], .. intact[end..]]);

        var result = await MesosafeProcess.RunAsync("signals", "--input", brokenFile.Path, "--prior", "0.2,0.1,2,4,0.1", "--output", brokenFile.Path + ".out.csv");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("mesosafe: faers-broken.csv line 302: row-unterminated-quote: a quote opened on this line is never closed; reading goes on at the next line; row skipped", result.ErrorLines[0]);
        Assert.Equal("mesosafe: read 496311 rows and skipped 1 malformed rows of 496312 data lines", result.ErrorLines[^1]);
        Assert.True(File.ReadLines(brokenFile.Path + ".out.csv").Count() > 100_000);
    }

    /// <summary>Index of the n-th line feed.</summary>
    private static int Nth(byte[] bytes, int n)
    {
        int at = -1;
        for (int i = 0; i < n; i++)
        {
            at = Array.IndexOf(bytes, (byte)'\n', at + 1);
        }

        return at;
    }
}
