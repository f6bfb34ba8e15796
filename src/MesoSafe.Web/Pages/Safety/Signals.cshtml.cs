using MesoSafe.Signals;
using MesoSafe.Signals.Inputs;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Disproportionality signals (PRR, ROR, IC, EBGM) on an uploaded report CSV:
/// a table of the strongest pairs, an EBGM chart with EB05-EB95, and the full CSV export.</summary>
[RequestSizeLimit(MaxUploadBytes)]
public sealed class SignalsModel : PageModel
{
    public const int MaxUploadBytes = 64 * 1024 * 1024;
    public const int RowsShown = 50;

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

    public IActionResult OnPost(CancellationToken cancellationToken)
    {
        if (!TryAnalyse(cancellationToken))
        {
            return Page();
        }

        TopRows = [.. Result!.Rows.OrderByDescending(r => double.IsNaN(r.EB05) ? double.MinValue : r.EB05).ThenByDescending(r => r.N).Take(RowsShown)];
        Chart = new IntervalChart
        {
            Title = "EBGM with its 90 % interval (EB05 to EB95), the " + Math.Min(20, TopRows.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " pairs with the highest EB05",
            AxisLabel = "EBGM (log scale); EB05 ≥ 2 is the usual signal threshold",
            Logarithmic = true,
            Reference = 2,
            ReferenceLabel = "2",
            Rows = [.. TopRows.Take(20).Select(r => new IntervalChartRow(r.Product + " · " + r.Event, r.EBGM, r.EB05, r.EB95, r.EB05 >= 2))],
        };
        return Page();
    }

    public IActionResult OnPostExport(CancellationToken cancellationToken)
    {
        if (!TryAnalyse(cancellationToken))
        {
            return Page();
        }

        var name = Path.GetFileNameWithoutExtension(SourceName ?? "reports") + "-signals.csv";
        return File(SignalCsv.Write(Result!.Rows.OrderBy(r => r.Product, StringComparer.Ordinal).ThenBy(r => r.Event, StringComparer.Ordinal)), "text/csv", name);
    }

    private bool TryAnalyse(CancellationToken cancellationToken)
    {
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
}
