using MesoSafe.Records;
using MesoSafe.Records.Access;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse-event rates per product, lot, practitioner and area: events linked to a session
/// per 1,000 sessions, with exact Poisson (Garwood) 95 % intervals, as tables and charts.</summary>
public sealed class RatesModel(MesoSafeDbContext db, PageCaller caller) : PageModel
{
    public IReadOnlyList<(string Title, IReadOnlyList<EventRate> Rates, IntervalChart Chart)> Tables { get; private set; } = [];

    public long TotalSessions { get; private set; }

    public long TotalEvents { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var sessions = await db.Sessions.AsNoTracking().VisibleTo(scope)
            .Select(s => new { s.Id, s.PractitionerId, s.Areas }).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToHashSet();
        var uses = await db.SessionProducts.AsNoTracking()
            .Join(db.Sessions.VisibleTo(scope), p => p.SessionId, s => s.Id, (p, s) => new { p.SessionId, p.ProductId, p.LotId })
            .ToListAsync(ct);
        var eventsBySession = (await db.AdverseEvents.AsNoTracking().VisibleTo(scope).Where(e => e.SessionId != null)
                .Select(e => e.SessionId!.Value).ToListAsync(ct))
            .Where(sessionIds.Contains)
            .GroupBy(id => id).ToDictionary(g => g.Key, g => (long)g.Count());
        TotalSessions = sessions.Count;
        TotalEvents = eventsBySession.Values.Sum();

        var products = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var lots = await db.Lots.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.LotNumber, ct);
        var practitionerIds = sessions.Select(s => s.PractitionerId).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => practitionerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.Id.ToString(), ct);

        var overall = TotalSessions == 0 ? double.NaN : TotalEvents * 1000.0 / TotalSessions;
        Tables =
        [
            Table("Per product", uses.Select(u => (products.GetValueOrDefault(u.ProductId, "?"), u.SessionId)).Distinct(), eventsBySession, overall),
            Table("Per lot", uses.Select(u => (lots.GetValueOrDefault(u.LotId, "?"), u.SessionId)).Distinct(), eventsBySession, overall),
            Table("Per practitioner", sessions.Select(s => (people.GetValueOrDefault(s.PractitionerId, "?"), s.Id)), eventsBySession, overall),
            Table("Per area", sessions.SelectMany(s => s.Areas.Select(a => (ClinicalWording.Words(a), s.Id))).Distinct(), eventsBySession, overall),
        ];
    }

    private static (string, IReadOnlyList<EventRate>, IntervalChart) Table(
        string title, IEnumerable<(string Key, Guid Session)> membership, Dictionary<Guid, long> events, double overall)
    {
        var rates = membership.GroupBy(m => m.Key, StringComparer.Ordinal)
            .Select(g => new EventRate(g.Key, g.Sum(m => events.GetValueOrDefault(m.Session)), g.LongCount()))
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
