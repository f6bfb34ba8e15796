using MesoSafe.Records.Access;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.AdverseEvents;

public sealed partial class AdverseEventRegistry
{
    /// <summary>Every (adverse event, suspect product, event code) the caller may see, from each
    /// event's latest version; a suspect lot stands for its product when no product was named.</summary>
    public async Task<IReadOnlyList<SuspectPair>> SuspectPairsAsync(CallerScope scope, CancellationToken ct)
    {
        var latest = await (
            from a in db.AdverseEvents.AsNoTracking().VisibleTo(scope)
            from r in a.Reports
            where r.Number == a.Version
            select new { a.Id, r.EventCode, r.SuspectProductIds, r.SuspectLotIds }).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var lotProducts = await db.Lots.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.ProductId, ct);
        var pairs = new List<SuspectPair>();
        foreach (var report in latest)
        {
            var suspects = report.SuspectProductIds.Count > 0
                ? report.SuspectProductIds
                : [.. report.SuspectLotIds.Where(lotProducts.ContainsKey).Select(l => lotProducts[l])];
            pairs.AddRange(suspects.Distinct().Where(products.ContainsKey).Select(p => new SuspectPair(report.Id, products[p], report.EventCode)));
        }

        return pairs;
    }
}
