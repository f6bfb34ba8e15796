using MesoSafe.Records.AdverseEvents;
using MesoSafe.Signals;
using MesoSafe.Signals.Inputs;
using MesoSafe.Signals.Outputs;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Disproportionality signals (PRR, ROR, IC, EBGM) on this clinic's own registry or on an
/// uploaded report CSV: a table of the strongest pairs, an EBGM chart with EB05-EB95, and the full
/// CSV export.</summary>
[RequestSizeLimit(MaxUploadBytes)]
public sealed class SignalsModel(AdverseEventRegistry registry, PageCaller caller) : PageModel
{
    public const int MaxUploadBytes = 64 * 1024 * 1024;
    public const int RowsShown = 50;
    public const string RegistrySource = "registry";
    public const string UploadSource = "upload";

    /// <summary>Where the reports come from: <see cref="RegistrySource"/> or <see cref="UploadSource"/>.</summary>
    [BindProperty]
    public string Source { get; set; } = RegistrySource;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Strata { get; set; }

    public SignalAnalysisResult? Result { get; private set; }

    public IReadOnlyList<SignalRow> TopRows { get; private set; } = [];

    public IntervalChart? Chart { get; private set; }

    public string? SourceName { get; private set; }

    public long SkippedRows { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await TryAnalyseAsync(cancellationToken))
        {
            return Page();
        }

        TopRows = [.. SignalRanking.StrongestFirst(Result!.Rows).Take(RowsShown)];
        Chart = new IntervalChart
        {
            Title = "EBGM with its 90 % interval (EB05 to EB95), the " + Math.Min(20, TopRows.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " pairs with the highest EB05",
            AxisLabel = "EBGM (log scale); EB05 ≥ " + Threshold + " is the usual signal threshold",
            Logarithmic = true,
            Reference = SignalCriteria.Eb05Threshold,
            ReferenceLabel = Threshold,
            Rows = [.. TopRows.Take(20).Select(r => new IntervalChartRow(r.Product + " · " + r.Event, r.EBGM, r.EB05, r.EB95, IsSignal(r)))],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (!await TryAnalyseAsync(cancellationToken))
        {
            return Page();
        }

        var name = Path.GetFileNameWithoutExtension(SourceName ?? "reports") + "-signals.csv";
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var csv = new SignalCsvWriter(text, SignalCsvOptions.ContractOnly);
        csv.WriteHeader();
        foreach (var row in Result!.Rows.OrderBy(r => r.Product, StringComparer.Ordinal).ThenBy(r => r.Event, StringComparer.Ordinal))
        {
            csv.Write(row);
        }

        return File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv", name);
    }

    /// <summary>The default rule (EB05 >= 2) decides what the table and the chart highlight.</summary>
    public static bool IsSignal(SignalRow row) => SignalCriteria.Default.IsSignal(row);

    private static string Threshold => SignalCriteria.Eb05Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<bool> TryAnalyseAsync(CancellationToken cancellationToken)
    {
        if (Source == RegistrySource)
        {
            return await TryAnalyseRegistryAsync(cancellationToken);
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file of reports (columns id, product, event).");
            return false;
        }

        SourceName = Path.GetFileName(Upload.FileName);
        var builder = new ReportTableBuilder();
        var options = new CsvReportOptions { StrataColumns = FormLists.Split(Strata) };
        try
        {
            using var stream = Upload.OpenReadStream();
            var summary = CsvReportReader.Read(stream, SourceName, builder, options);
            SkippedRows = summary.RowsSkipped;
        }
        catch (ReportInputException exception)
        {
            ModelState.AddModelError(nameof(Upload), exception.Message + " (" + exception.Code + ")");
            return false;
        }

        var table = builder.Build();
        if (table.PairCount == 0)
        {
            ModelState.AddModelError(nameof(Upload), "The file has no (product, event) rows.");
            return false;
        }

        Result = SignalAnalysis.Run(table, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>The registry's own reports, as the upload path would read them: report = adverse
    /// event, product = suspect product name, event = event code.</summary>
    private async Task<bool> TryAnalyseRegistryAsync(CancellationToken cancellationToken)
    {
        SourceName = "This clinic's registry";
        var builder = new ReportTableBuilder();
        foreach (var pair in await registry.SuspectPairsAsync(await caller.ScopeAsync(cancellationToken), cancellationToken))
        {
            builder.Add(pair.AdverseEventId.ToString("N"), pair.Product, pair.EventCode, ReadOnlySpan<char>.Empty);
        }

        var table = builder.Build();
        if (table.PairCount == 0)
        {
            ModelState.AddModelError(nameof(Source), "The registry has no adverse event with a suspect product yet.");
            return false;
        }

        Result = SignalAnalysis.Run(table, cancellationToken: cancellationToken);
        return true;
    }
}
