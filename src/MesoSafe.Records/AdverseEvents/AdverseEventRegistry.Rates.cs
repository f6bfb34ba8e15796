using MesoSafe.Records.Access;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.AdverseEvents;

public sealed partial class AdverseEventRegistry
{
    /// <summary>Adverse events linked to a session, and sessions, per product, lot, practitioner and
    /// area (labelled by <paramref name="areaLabel"/>); each label counts a session once.</summary>
    /// <remarks>The sessions and their product lines come in one pass (a left join): each session row is
    /// read once, where reading the sessions and then joining their products read them twice. Events are
    /// counted per session in SQL; names are looked up only for the ids in use.</remarks>
    public async Task<EventCounts> CountsAsync(CallerScope scope, Func<string, string> areaLabel, CancellationToken ct)
    {
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

        var perProduct = new RatesTally();
        var perLot = new RatesTally();
        var perPractitioner = new RatesTally();
        var perArea = new RatesTally();
        long totalSessions = 0;
        foreach (var session in lines.GroupBy(l => l.Id))
        {
            var events = eventsBySession.GetValueOrDefault(session.Key);
            var first = session.First();
            totalSessions++;
            perPractitioner.Add(people.GetValueOrDefault(first.PractitionerId, "?"), events);
            perArea.AddOnce(first.Areas.Select(areaLabel), events);
            perProduct.AddOnce(session.Where(l => l.ProductId != null).Select(l => products.GetValueOrDefault(l.ProductId!.Value, "?")), events);
            perLot.AddOnce(session.Where(l => l.LotId != null).Select(l => lots.GetValueOrDefault(l.LotId!.Value, "?")), events);
        }

        return new EventCounts(totalSessions, eventsBySession.Values.Sum(), perProduct.Counts(), perLot.Counts(), perPractitioner.Counts(), perArea.Counts());
    }
}
