using MesoSafe.Records.AdverseEvents;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse-event rates per product, lot, practitioner and area: events linked to a session
/// per 1,000 sessions, with exact Poisson (Garwood) 95 % intervals, as tables and charts; the
/// registry counts, the page works out the rates.</summary>
public sealed class RatesModel(AdverseEventRegistry registry, PageCaller caller) : PageModel
{
    public IReadOnlyList<(string Title, IReadOnlyList<EventRate> Rates, IntervalChart Chart)> Tables { get; private set; } = [];

    public long TotalSessions { get; private set; }

    public long TotalEvents { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await registry.CountsAsync(await caller.ScopeAsync(ct), ClinicalWording.Words, ct);
        TotalSessions = counts.Sessions;
        TotalEvents = counts.Events;
        var overall = TotalSessions == 0 ? double.NaN : TotalEvents * 1000.0 / TotalSessions;
        Tables =
        [
            Table("Per product", counts.PerProduct, overall),
            Table("Per lot", counts.PerLot, overall),
            Table("Per practitioner", counts.PerPractitioner, overall),
            Table("Per area", counts.PerArea, overall),
        ];
    }

    private static (string, IReadOnlyList<EventRate>, IntervalChart) Table(string title, IReadOnlyList<LabelCount> counts, double overall)
    {
        var rates = counts.Select(c => new EventRate(c.Label, c.Events, c.Sessions))
            .OrderByDescending(r => r.PerThousand).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        var chart = new IntervalChart
        {
            Title = title + ": adverse events per 1,000 sessions with exact 95 % intervals",
            AxisLabel = "events per 1,000 sessions",
            Reference = overall,
            ReferenceLabel = "all",
            Rows = [.. rates.Take(20).Select(r => new IntervalChartRow(r.Label, r.PerThousand, r.Lower, r.Upper, r.Lower > overall))],
        };
        return (title, rates, chart);
    }
}
