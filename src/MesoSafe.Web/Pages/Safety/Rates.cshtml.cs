using MesoSafe.Records;
using MesoSafe.Records.Access;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse-event rates per product, lot, practitioner and area: events linked to a session
/// per 1,000 sessions, with exact Poisson (Garwood) 95 % intervals, as tables and charts.</summary>
/// <remarks>The sessions and their product lines come in one pass (a left join): each session row is
/// read once, where reading the sessions and then joining their products read them twice. Events are
/// counted per session in SQL; names are looked up only for the ids in use.</remarks>
public sealed class RatesModel(MesoSafeDbContext db, PageCaller caller) : PageModel
{
    public IReadOnlyList<(string Title, IReadOnlyList<EventRate> Rates, IntervalChart Chart)> Tables { get; private set; } = [];

    public long TotalSessions { get; private set; }

    public long TotalEvents { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var sessions = db.Sessions.AsNoTracking().VisibleTo(scope);

        // An event counts only when both the event and its session are visible to the caller.
        var eventsBySession = await db.AdverseEvents.AsNoTracking().VisibleTo(scope)
            .Where(e => e.SessionId != null && sessions.Any(s => s.Id == e.SessionId))
            .GroupBy(e => e.SessionId!.Value)
            .Select(g => new { Session = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Session, g => g.Count, ct);
        var lines = await sessions
            .LeftJoin(db.SessionProducts, s => s.Id, p => p.SessionId, (s, p) => new
            {
                s.Id,
                s.PractitionerId,
                s.Areas,
                ProductId = p == null ? (Guid?)null : p.ProductId,
                LotId = p == null ? (Guid?)null : p.LotId,
            })
            .ToListAsync(ct);

        var productIds = lines.Where(l => l.ProductId != null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var lotIds = lines.Where(l => l.LotId != null).Select(l => l.LotId!.Value).Distinct().ToList();
        var practitionerIds = lines.Select(l => l.PractitionerId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var lots = await db.Lots.AsNoTracking().Where(l => lotIds.Contains(l.Id))
            .Select(l => new { l.Id, l.LotNumber }).ToDictionaryAsync(l => l.Id, l => l.LotNumber, ct);
        var people = await db.Users.AsNoTracking().Where(u => practitionerIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email ?? u.Id.ToString() })
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        // Each label counts a session once, however many of its lines or areas carry that label.
        var perProduct = new RatesTally();
        var perLot = new RatesTally();
        var perPractitioner = new RatesTally();
        var perArea = new RatesTally();
        foreach (var session in lines.GroupBy(l => l.Id))
        {
            var events = eventsBySession.GetValueOrDefault(session.Key);
            var first = session.First();
            TotalSessions++;
            perPractitioner.Add(people.GetValueOrDefault(first.PractitionerId, "?"), events);
            perArea.AddOnce(first.Areas.Select(ClinicalWording.Words), events);
            perProduct.AddOnce(session.Where(l => l.ProductId != null).Select(l => products.GetValueOrDefault(l.ProductId!.Value, "?")), events);
            perLot.AddOnce(session.Where(l => l.LotId != null).Select(l => lots.GetValueOrDefault(l.LotId!.Value, "?")), events);
        }

        TotalEvents = eventsBySession.Values.Sum();
        var overall = TotalSessions == 0 ? double.NaN : TotalEvents * 1000.0 / TotalSessions;
        Tables =
        [
            Table("Per product", perProduct, overall),
            Table("Per lot", perLot, overall),
            Table("Per practitioner", perPractitioner, overall),
            Table("Per area", perArea, overall),
        ];
    }

    private static (string, IReadOnlyList<EventRate>, IntervalChart) Table(string title, RatesTally tally, double overall)
    {
        var rates = tally.Rates()
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
