using MesoSafe.Signals.Inputs;
using MesoSafe.Signals.Tests.TestData;
using MesoSafe.Testing;

namespace MesoSafe.Signals.Tests.Inputs;

/// <summary>The shared CAERS and FAERS report files with lines broken on purpose, in memory (issue 20:
/// one unclosed quote at line 302 used to drop the rest of the file): every broken line is named with
/// its line and code, every other line is read exactly as from the intact file, and rows read + rows
/// skipped = the file's data lines.</summary>
public sealed class BrokenSharedFileTests
{
    private static readonly Lazy<LineEditedFile> CaersFile = new(() => new LineEditedFile(SharedFiles.Data("caers", "caers.csv")));

    private static readonly Lazy<List<(string Id, string Product, string Event, string Stratum)>> CaersIntact = new(() =>
        CsvText.ReadBytes(File.OpenRead(SharedFiles.Data("caers", "caers.csv"))).Sink.Tuples);

    /// <summary>How a line is broken, and the code the reader must give it. Lines are
    /// <c>id,"product","event"[,"stratum"]</c>.</summary>
    private static readonly Dictionary<string, (Func<byte[], byte[]> Break, string Code)> Breaks = new()
    {
        ["closing quote of the last field dropped"] = (line => line[..^1], "row-unterminated-quote"),
        ["a field opened and never closed"] = (line => [.. line, (byte)',', (byte)'"'], "row-unterminated-quote"),
        ["NUL inside the product"] = (line => Insert(line, [0x00]), "row-nul-byte"),
        ["byte FF inside the product"] = (line => Insert(line, [0xFF]), "row-invalid-utf8"),
        ["lone continuation byte"] = (line => Insert(line, [0x80]), "row-invalid-utf8"),
        ["sequence cut short"] = (line => Insert(line, [0xE2, 0x82]), "row-invalid-utf8"),
        ["overlong encoding"] = (line => Insert(line, [0xC0, 0xAF]), "row-invalid-utf8"),
        ["encoded surrogate"] = (line => Insert(line, [0xED, 0xA0, 0x80]), "row-invalid-utf8"),
        ["quote inside the unquoted id"] = (line => [.. line[..1], (byte)'"', .. line[1..]], "row-stray-quote"),
        ["last field cut off"] = (line => line[..Array.LastIndexOf(line, (byte)',')], "row-field-count"),
        ["id blanked"] = (line => line[Array.IndexOf(line, (byte)',')..], "row-missing-value"),
    };

    public static TheoryData<string, int> CaersCases
    {
        get
        {
            var cases = new TheoryData<string, int>();
            foreach (string kind in Breaks.Keys)
            {
                // The first data line, the line 302, the middle, and the last line.
                foreach (int line in new[] { 2, 302, 10_000, 20_157 })
                {
                    cases.Add(kind, line);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(CaersCases))]
    public void Caers_with_one_broken_line_reads_every_other_line(string kind, int line)
    {
        var file = CaersFile.Value;
        var (breakLine, code) = Breaks[kind];
        byte[] broken = file.With(new Dictionary<int, byte[]> { [line] = breakLine(file.Line(line)) });

        var (sink, summary, malformed) = CsvText.ReadBytes(new MemoryStream(broken));

        Assert.Equal(20_157, file.LineCount);
        Assert.Equal([(line, code)], malformed.Select(m => ((int)m.Line, m.Code)));
        Assert.Equal(CaersIntact.Value.Where((_, i) => i + 2 != line), sink.Tuples);
        Assert.Equal(20_156, summary.DataLines);
        Assert.Equal(summary.DataLines, summary.RowsRead + summary.RowsSkipped);
    }

    [Fact]
    public void Caers_with_every_kind_of_break_at_once_reads_every_other_line()
    {
        var file = CaersFile.Value;
        var edits = new Dictionary<int, byte[]>();
        var expected = new List<(int, string)>();
        int line = 302;
        foreach (var (breakLine, code) in Breaks.Values)
        {
            edits[line] = breakLine(file.Line(line));
            expected.Add((line, code));
            line += 1_777;
        }

        var (sink, summary, malformed) = CsvText.ReadBytes(new MemoryStream(file.With(edits)));

        Assert.Equal(expected, malformed.Select(m => ((int)m.Line, m.Code)));
        Assert.Equal(CaersIntact.Value.Where((_, i) => !edits.ContainsKey(i + 2)), sink.Tuples);
        Assert.Equal(20_156 - Breaks.Count, summary.RowsRead);
        Assert.Equal(Breaks.Count, summary.RowsSkipped);
        Assert.Equal(20_156, summary.DataLines);
    }

    [Fact]
    public void Faers_with_broken_lines_spread_through_it_reads_every_other_line()
    {
        var file = new LineEditedFile(SharedFiles.Data("faers", "faers22q3.csv"));
        var intact = Fingerprints(File.ReadAllBytes(SharedFiles.Data("faers", "faers22q3.csv")), out _);
        var edits = new Dictionary<int, byte[]>();
        var expected = new List<(int, string)>();
        int line = 302;
        foreach (var (breakLine, code) in Breaks.Values)
        {
            edits[line] = breakLine(file.Line(line));
            expected.Add((line, code));
            line += 45_001;
        }

        var read = Fingerprints(file.With(edits), out var summary, expected.Count);

        Assert.Equal(496_313, file.LineCount);
        Assert.Equal(expected, summary.Malformed);
        Assert.Equal(intact.Where((_, i) => !edits.ContainsKey(i + 2)), read);
        Assert.Equal(496_312, summary.Summary.DataLines);
        Assert.Equal(496_312 - Breaks.Count, summary.Summary.RowsRead);
        Assert.Equal(Breaks.Count, summary.Summary.RowsSkipped);
    }

    /// <summary>One hash per tuple read (FAERS is too large to keep as strings twice).</summary>
    private static List<int> Fingerprints(byte[] bytes, out (ReportReadSummary Summary, List<(int, string)> Malformed) result, int expectedMalformed = 0)
    {
        var sink = new FingerprintSink();
        var malformed = new List<(int, string)>(expectedMalformed);
        var summary = CsvReportReader.Read(new MemoryStream(bytes), "faers22q3.csv", sink, new CsvReportOptions(), m => malformed.Add(((int)m.Line, m.Code)));
        result = (summary, malformed);
        return sink.Hashes;
    }

    private static byte[] Insert(byte[] line, byte[] bytes)
    {
        // Just inside the product's opening quote.
        int at = Array.IndexOf(line, (byte)'"') + 1;
        return [.. line[..at], .. bytes, .. line[at..]];
    }

    private sealed class FingerprintSink : IReportTupleSink
    {
        public List<int> Hashes { get; } = new(500_000);

        public void Add(ReadOnlySpan<char> reportId, ReadOnlySpan<char> product, ReadOnlySpan<char> @event, ReadOnlySpan<char> stratum)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(reportId));
            hash.Add(0);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(product));
            hash.Add(1);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(@event));
            Hashes.Add(hash.ToHashCode());
        }
    }
}
