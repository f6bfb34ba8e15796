using MesoSafe.Records.Access;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Catalog;

/// <summary>Recalls a lot: marks it, finds every session and patient exposed, and puts each patient
/// in their clinic's attention queue, all in one transaction.</summary>
public sealed class LotRecalls(MesoSafeDbContext db, TimeProvider clock)
{
    public async Task<RecordOutcome<LotRecall>> RecallAsync(CallerScope scope, Guid lotId, string? reason, CancellationToken ct)
    {
        if (!(scope.IsAdmin || scope.IsSafetyOfficer))
        {
            return RecordProblem.NotFound("id");
        }

        var lot = await db.Lots.FirstOrDefaultAsync(l => l.Id == lotId, ct);
        if (lot is null)
        {
            return RecordProblem.NotFound("id");
        }

        var now = clock.GetUtcNow();
        var exposures = await db.SessionProducts.AsNoTracking()
            .Where(p => p.LotId == lotId)
            .Join(db.Sessions, p => p.SessionId, s => s.Id, (p, s) => new LotExposure(s.Id, s.Date, s.PatientId, s.ClinicId))
            .ToListAsync(ct);
        exposures = [.. exposures.DistinctBy(e => e.SessionId).OrderBy(e => e.Date)];
        var alreadyQueued = lot.Recalled
            ? (await db.AttentionItems.Where(a => a.LotId == lotId).Select(a => a.PatientId).ToListAsync(ct)).ToHashSet()
            : [];
        if (!lot.Recalled)
        {
            lot.Recalled = true;
            lot.RecalledAt = now;
            lot.RecallReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        }

        foreach (var patient in exposures.GroupBy(e => e.PatientId))
        {
            if (alreadyQueued.Contains(patient.Key))
            {
                continue;
            }

            db.AttentionItems.Add(new AttentionItem
            {
                ClinicId = patient.First().ClinicId,
                PatientId = patient.Key,
                Reason = "lot-recalled",
                Priority = 2,
                LotId = lotId,
                SessionId = patient.Last().SessionId,
                RaisedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
        return new LotRecall(lot, [.. exposures.Select(e => e.PatientId).Distinct()], exposures);
    }
}
