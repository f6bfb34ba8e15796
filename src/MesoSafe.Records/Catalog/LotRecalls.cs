using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Catalog;

/// <summary>Recalls a lot: marks it, finds every session and patient exposed, and puts each patient
/// in their clinic's attention queue (every clinic's: safety first), all in one transaction; the
/// answer names only the caller's clinics' exposures and counts the others (ADR 0409). The queue items are written by one
/// set-based INSERT ... SELECT (a lot can reach thousands of patients).</summary>
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
        if (lot.Recall(reason, now, scope.UserId) is { } refusal)
        {
            return refusal;
        }

        await using var transaction = await WriteTransaction.BeginAsync(db, ct);
        try
        {
            // UPDATE ... WHERE "Version" = n: of two recalls at once, one matches no row (ADR 0406).
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            var stored = await db.Lots.AsNoTracking().FirstAsync(l => l.Id == lotId, ct);
            return stored.Recall(reason, now, scope.UserId) ?? RecordProblem.Conflict("id", "The lot was changed meanwhile.");
        }

        await QueueExposedPatientsAsync(lotId, now, ct);
        var exposures = await db.SessionProducts.AsNoTracking()
            .Where(p => p.LotId == lotId)
            .Join(db.Sessions, p => p.SessionId, s => s.Id, (p, s) => new LotExposure(s.Id, s.Date, s.PatientId, s.ClinicId))
            .ToListAsync(ct);
        await transaction.CommitAsync(ct);
        exposures = [.. exposures.DistinctBy(e => e.SessionId).OrderBy(e => e.Date).ThenBy(e => e.SessionId)];
        return LotRecall.Of(lot, exposures, scope);
    }

    /// <summary>Each exposed patient with the dates of their sessions with the lot, by name; a patient
    /// the caller may not see has no name.</summary>
    public async Task<IReadOnlyList<ExposedPatient>> ExposedPatientsAsync(CallerScope scope, LotRecall recall, CancellationToken ct)
    {
        var ids = recall.Patients.ToList();
        var names = await db.Patients.AsNoTracking().VisibleTo(scope).Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        return [.. recall.Exposures.GroupBy(e => e.PatientId)
            .Select(g => new ExposedPatient(g.Key, names.GetValueOrDefault(g.Key), [.. g.Select(e => e.Date).Order()]))];
    }

    /// <summary>One "lot-recalled" item per exposed patient not already queued for this lot.</summary>
    private Task<int> QueueExposedPatientsAsync(Guid lotId, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // EF Core stores GUIDs as upper-case text and instants as UTC ticks on SQLite (SqliteConventions).
            return db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "AttentionItems" ("Id", "ClinicId", "PatientId", "Reason", "Priority", "LotId", "RaisedAt", "Version")
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                             || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       s."ClinicId", s."PatientId", 'lot-recalled', 2, {0}, {1}, 0
                FROM "SessionProducts" AS sp JOIN "Sessions" AS s ON s."Id" = sp."SessionId"
                WHERE sp."LotId" = {0}
                  AND NOT EXISTS (SELECT 1 FROM "AttentionItems" AS a WHERE a."LotId" = {0} AND a."PatientId" = s."PatientId")
                GROUP BY s."PatientId", s."ClinicId"
                """,
                [lotId.ToString().ToUpperInvariant(), now.UtcTicks],
                ct);
        }

        return db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "AttentionItems" ("Id", "ClinicId", "PatientId", "Reason", "Priority", "LotId", "RaisedAt", "Version")
            SELECT gen_random_uuid(), s."ClinicId", s."PatientId", 'lot-recalled', 2, {0}, {1}, 0
            FROM "SessionProducts" AS sp JOIN "Sessions" AS s ON s."Id" = sp."SessionId"
            WHERE sp."LotId" = {0}
              AND NOT EXISTS (SELECT 1 FROM "AttentionItems" AS a WHERE a."LotId" = {0} AND a."PatientId" = s."PatientId")
            GROUP BY s."PatientId", s."ClinicId"
            """,
            [lotId, now],
            ct);
    }
}
