using System.Diagnostics;
using System.Globalization;
using MesoSafe.Signals;
using MesoSafe.Signals.Inputs;

// Reader throughput alone (no interning): how fast CsvReportReader turns a file into tuples,
// then the same file into the core's ReportTableBuilder, then Build(). Usage: ReaderThroughput FILE...
foreach (string path in args)
{
    long bytes = new FileInfo(path).Length;
    for (int run = 0; run < 3; run++)
    {
        var clock = Stopwatch.StartNew();
        var counter = new CountingSink();
        using (var stream = File.OpenRead(path))
        {
            CsvReportReader.Read(stream, path, counter, new CsvReportOptions());
        }

        double read = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var builder = new ReportTableBuilder();
        using (var stream = File.OpenRead(path))
        {
            CsvReportReader.Read(stream, path, builder, new CsvReportOptions());
        }

        double intern = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var table = builder.Build();
        double build = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: {counter.Tuples:N0} rows, {bytes / 1e6:F0} MB; read only {read:F2} s ({bytes / 1e6 / read:F0} MB/s); read+intern {intern:F2} s; build {build:F2} s; {table.PairCount:N0} pairs"));
    }
}

internal sealed class CountingSink : IReportTupleSink
{
    public long Tuples { get; private set; }

    public long Chars { get; private set; }

    public void Add(ReadOnlySpan<char> reportId, ReadOnlySpan<char> product, ReadOnlySpan<char> @event, ReadOnlySpan<char> stratum)
    {
        Tuples++;
        Chars += reportId.Length + product.Length + @event.Length + stratum.Length;
    }
}
