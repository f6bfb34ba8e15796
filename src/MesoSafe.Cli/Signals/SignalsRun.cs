using System.Globalization;
using System.Text;
using MesoSafe.Cli.CommandLine;
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
            log.WriteLine($"mesosafe: {ex.Code}: {OptionFor(ex)}: {CliText.OneLine(ex.Message)}");
            return 2;
        }

        // Notes wait until the output is written, so that a failure is the only line (contract: exit 2, one line).
        var notes = new List<string>();
        progress.Stage("counting");
        var table = builder.Build(new ReportTableOptions { KeepReportIds = settings.ListIds });
        if (table.ReportsWithConflictingStrata > 0)
        {
            notes.Add($"mesosafe: strata-conflict: {table.ReportsWithConflictingStrata} reports have rows in more than one stratum; each counts in the stratum of its first row");
        }

        var analysis = SignalAnalysis.Run(table, new SignalOptions { Squash = settings.Squash, FixedPrior = settings.Prior, PriorSelection = settings.PriorSelection }, progress);
        progress.Stage("writing");
        if (analysis.FitMessage is { } why)
        {
            notes.Add($"mesosafe: the prior fit did not converge ({why}); EBGM, EB05 and EB95 are NA, the other columns are written");
        }

        var rows = Select(analysis.Rows, criteria);
        string? failed = Written("--output", settings.Output, () => Write(rows));
        if (failed is null && settings.Plot is { } plotPath)
        {
            var top = SignalRanking.StrongestFirst(rows.Select(r => r.Row)).Take(settings.PlotTop).ToList();
            failed = Written("--plot", plotPath, () => SignalPlot.Save(top, plotPath));
        }

        progress.Dispose();
        if (failed is not null)
        {
            log.WriteLine(failed);
            return 2;
        }

        notes.ForEach(log.WriteLine);
        log.WriteLine(HyperparameterLine.Format(analysis));

        // Every data line is accounted for: read, or skipped and named above (docs/adr/0354-report-rows-accounted.md).
        log.WriteLine(Accounting(summary));
        return summary.RowsSkipped > 0 ? 3 : 0;
    }

    /// <summary>One line: rows read + rows skipped, of the file's data lines.</summary>
    internal static string Accounting(ReportReadSummary summary)
    {
        string line = string.Create(CultureInfo.InvariantCulture,
            $"mesosafe: read {summary.RowsRead} rows and skipped {summary.RowsSkipped} malformed rows of {summary.DataLines} data lines");
        return summary.Rows == summary.DataLines
            ? line
            : line + string.Create(CultureInfo.InvariantCulture, $" ({summary.DataLines - summary.Rows} lines are inside quoted fields that hold line breaks)");
    }

    /// <summary>Runs a write; a failure becomes the one line naming the option, else null.</summary>
    private static string? Written(string option, string path, Action write)
    {
        try
        {
            write();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            string target = path == PathOption.Standard ? "standard output" : $"{option} {CliText.Quote(path)}";
            return $"mesosafe: output-unwritable: {target}: {CliText.OneLine(ex.Message)}";
        }
    }

    /// <summary>The option to change when the input cannot be used: the one that named a missing column, else --input.</summary>
    private string OptionFor(ReportInputException ex)
    {
        if (ex.Column is not { } column)
        {
            return settings.Input == PathOption.Standard ? "standard input" : $"--input {CliText.Quote(settings.Input)}";
        }

        bool Is(string? name) => string.Equals(name, column, StringComparison.OrdinalIgnoreCase);
        if (settings.Strata.Any(Is))
        {
            return "--strata";
        }

        if (settings.Format == "csv")
        {
            if (Is(settings.IdColumn))
            {
                return "--id-column";
            }

            if (settings.ProductColumn is null ? Is("product") : Is(settings.ProductColumn))
            {
                return "--product-column";
            }

            if (settings.EventColumn is null ? Is("event") : Is(settings.EventColumn))
            {
                return "--event-column";
            }
        }

        return $"--input {CliText.Quote(settings.Input)}";
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
            throw new ReportInputException("input-unreadable", ex.Message, ex);
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
            // Dispose even when the flush fails (a full disk), so the handle is closed before the error is reported.
            try
            {
                output.Flush();
            }
            finally
            {
                if (settings.Output != "-")
                {
                    output.Dispose();
                }
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
