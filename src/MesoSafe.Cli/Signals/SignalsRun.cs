using System.Globalization;
using System.Text;
using MesoSafe.Signals;
using MesoSafe.Signals.Inputs;
using MesoSafe.Signals.Outputs;

namespace MesoSafe.Cli.Signals;

/// <summary>The <c>signals</c> pipeline: read reports into the core's table, score every pair,
/// filter and flag, write. Exit 0 done; 3 done but some input rows were skipped; 2 could not run
/// (docs/adr/0351-signals-exit-codes.md).</summary>
internal sealed class SignalsRun(SignalsSettings settings, Stream standardInput, Stream standardOutput, TextWriter log)
{
    private const int MaxListedRows = 100;
    private long _malformed;

    private SignalCsvOptions CsvOptions => new() { Extras = true, ReportIds = settings.ListIds };

    public int Execute()
    {
        using var progress = TerminalProgress.Start();
        var criteria = SignalCriteria.Named(settings.Criteria);
        var builder = new ReportTableBuilder();
        ReportReadSummary summary;
        try
        {
            summary = Read(builder, progress);
        }
        catch (ReportInputException ex)
        {
            log.WriteLine($"mesosafe: {ex.Code}: {ex.Message}");
            return 2;
        }

        progress.Stage("counting");
        var table = builder.Build(new ReportTableOptions { KeepReportIds = settings.ListIds });
        if (table.ReportsWithConflictingStrata > 0)
        {
            log.WriteLine($"mesosafe: strata-conflict: {table.ReportsWithConflictingStrata} reports have rows in more than one stratum; each counts in the stratum of its first row");
        }

        var analysis = SignalAnalysis.Run(table, new SignalOptions { Squash = settings.Squash, FixedPrior = settings.Prior, PriorSelection = settings.PriorSelection }, progress);
        progress.Stage("writing");
        if (analysis.FitMessage is { } why)
        {
            log.WriteLine($"mesosafe: the prior fit did not converge ({why}); EBGM, EB05 and EB95 are NA, the other columns are written");
        }

        var rows = Select(analysis.Rows, criteria);
        try
        {
            Write(rows);
            if (settings.Plot is { } plotPath)
            {
                var top = SignalRanking.StrongestFirst(rows.Select(r => r.Row)).Take(settings.PlotTop).ToList();
                SignalPlot.Save(top, plotPath);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"mesosafe: output-unwritable: {ex.Message}");
            return 2;
        }

        progress.Dispose();
        log.WriteLine(HyperparameterLine.Format(analysis));
        if (summary.RowsSkipped > 0)
        {
            log.WriteLine($"mesosafe: skipped {summary.RowsSkipped.ToString(CultureInfo.InvariantCulture)} malformed rows of {summary.Rows.ToString(CultureInfo.InvariantCulture)}");
            return 3;
        }

        return 0;
    }

    private ReportReadSummary Read(ReportTableBuilder builder, TerminalProgress progress)
    {
        if (settings.Format == "faers")
        {
            var folderProgress = new InputProgress(0);
            progress.Reading(folderProgress);
            return FaersReportReader.Read(settings.Input, builder,
                new FaersReportOptions { Roles = settings.Roles, StrataColumns = settings.Strata }, OnMalformed, folderProgress);
        }

        using Stream input = OpenInput();
        string source = settings.Input == "-" ? "standard input" : Path.GetFileName(settings.Input);
        var inputProgress = new InputProgress(input.CanSeek ? input.Length : 0);
        progress.Reading(inputProgress);
        return settings.Format == "caers-raw"
            ? CaersRawReportReader.Read(input, source, builder, settings.Strata, OnMalformed, inputProgress)
            : CsvReportReader.Read(input, source, builder,
                new CsvReportOptions
                {
                    IdColumn = settings.IdColumn,
                    ProductColumn = settings.ProductColumn,
                    EventColumn = settings.EventColumn,
                    StrataColumns = settings.Strata,
                },
                OnMalformed, inputProgress);
    }

    private Stream OpenInput()
    {
        if (settings.Input == "-")
        {
            return standardInput;
        }

        try
        {
            return new FileStream(settings.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException("input-unreadable", $"{settings.Input}: {ex.Message}", ex);
        }
    }

    private void OnMalformed(MalformedRow row)
    {
        _malformed++;
        if (_malformed <= MaxListedRows)
        {
            log.WriteLine($"mesosafe: {row.Source} line {row.Line.ToString(CultureInfo.InvariantCulture)}: {row.Code}: {row.Detail}; row skipped");
        }
        else if (_malformed == MaxListedRows + 1)
        {
            log.WriteLine($"mesosafe: more than {MaxListedRows} malformed rows; the rest are counted but not listed");
        }
    }

    /// <summary>N >= --min-n, flagged by the criteria; with --top the K best by EB05 (then N,
    /// product, event), otherwise the core's order: product, then event (ordinal).</summary>
    private List<SignalOutputRow> Select(IReadOnlyList<SignalRow> all, SignalCriteria criteria)
    {
        IEnumerable<SignalRow> rows = all.Where(r => r.N >= settings.MinN);
        if (settings.Top is int top)
        {
            rows = SignalRanking.StrongestFirst(rows).Take(top);
        }

        return [.. rows.Select(r => new SignalOutputRow(r, criteria.IsSignal(r)))];
    }

    private void Write(List<SignalOutputRow> rows)
    {
        Stream output = settings.Output == "-"
            ? standardOutput
            : new FileStream(settings.Output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            if (settings.OutputFormat is "json" or "jsonl")
            {
                using var json = new SignalJsonWriter(output, settings.OutputFormat == "jsonl", settings.ListIds);
                foreach (var row in rows)
                {
                    json.Write(row);
                }

                return;
            }

            using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            new SignalCsvWriter(text, CsvOptions).WriteHeader();
            WriteCsvRows(text, rows);
        }
        finally
        {
            output.Flush();
            if (settings.Output != "-")
            {
                output.Dispose();
            }
        }
    }

    /// <summary>Number formatting is most of the writing: blocks of rows are formatted side by side
    /// (a window of blocks at a time, so memory stays bounded) and written in order.</summary>
    private void WriteCsvRows(TextWriter text, List<SignalOutputRow> rows)
    {
        const int Block = 4096;
        int blocks = (rows.Count + Block - 1) / Block;
        int window = Math.Max(2, Environment.ProcessorCount) * 2;

        // One reused buffer per slot: no large per-block strings for the GC to churn through.
        var formatted = new StringWriter[Math.Min(window, Math.Max(1, blocks))];
        for (int k = 0; k < formatted.Length; k++)
        {
            formatted[k] = new StringWriter(new StringBuilder(Block * 256), CultureInfo.InvariantCulture);
        }

        try
        {
            for (int first = 0; first < blocks; first += window)
            {
                int count = Math.Min(window, blocks - first);
                Parallel.For(0, count, k =>
                {
                    int start = (first + k) * Block;
                    int end = Math.Min(rows.Count, start + Block);
                    var block = formatted[k];
                    block.GetStringBuilder().Clear();
                    var csv = new SignalCsvWriter(block, CsvOptions);
                    for (int i = start; i < end; i++)
                    {
                        csv.Write(rows[i].Row, rows[i].Signal);
                    }
                });
                for (int k = 0; k < count; k++)
                {
                    text.Write(formatted[k].GetStringBuilder());
                }
            }
        }
        finally
        {
            foreach (var block in formatted)
            {
                block.Dispose();
            }
        }
    }
}
