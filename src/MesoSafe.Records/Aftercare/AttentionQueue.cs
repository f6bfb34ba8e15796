using System.Globalization;
using MesoSafe.Clinical.Json;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Aftercare;

/// <summary>Today's queue of a clinic: emergencies, then check-ins with unread words, then urgent
/// check-ins, then recalls, overdue check-ins, and today's sessions.</summary>
public sealed class AttentionQueue(MesoSafeDbContext db, TimeProvider clock)
{
    /// <summary>How far back an unanswered check-in still counts as overdue (the last one is day 90).</summary>
    private const int OverdueWindowDays = 120;
    private const int MaxOverdue = 200;

    public async Task<RecordOutcome<IReadOnlyList<AttentionQueueEntry>>> TodayAsync(CallerScope scope, Guid? clinicId, CancellationToken ct)
    {
        if (!scope.IsStaff)
        {
            return RecordProblem.NotFound("clinicId");
        }

        Guid clinic;
        if (clinicId is { } chosen)
        {
            if (!scope.ClinicIds.Contains(chosen))
            {
                return RecordProblem.NotFound("clinicId");
            }

            clinic = chosen;
        }
        else if (scope.ClinicIds.Count == 1)
        {
            clinic = scope.ClinicIds[0];
        }
        else
        {
            return RecordProblem.Invalid("clinicId", RequestErrorCodes.Required, "clinicId is required when you work for several clinics.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = today.AddDays(-OverdueWindowDays);
        var attention = await db.AttentionItems.AsNoTracking()
            .Where(a => a.ClinicId == clinic && a.ResolvedAt == null)
            .OrderBy(a => a.Priority).ThenByDescending(a => a.Unread).ThenBy(a => a.RaisedAt)
            .Join(db.Patients, a => a.PatientId, p => p.Id, (a, p) => new AttentionQueueEntry(
                a.Reason, a.Priority, a.PatientId, p.GivenName + " " + p.FamilyName, a.CheckInId, a.SessionId, a.LotId, null, a.RaisedAt)
            {
                ItemId = a.Id,
                UnreadWords = a.UnreadWords,
            })
            .ToListAsync(ct);
        var overdue = await db.CheckIns.AsNoTracking()
            .Where(c => c.ClinicId == clinic && c.SubmittedAt == null && c.DueOn < today && c.DueOn >= since)
            .OrderBy(c => c.DueOn)
            .Take(MaxOverdue)
            .Join(db.Patients, c => c.PatientId, p => p.Id, (c, p) => new AttentionQueueEntry(
                "check-in-overdue", 3, c.PatientId, p.GivenName + " " + p.FamilyName, c.Id, c.SessionId, null, c.DueOn, null))
            .ToListAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.ClinicId == clinic && s.Date == today)
            .Join(db.Patients, s => s.PatientId, p => p.Id, (s, p) => new AttentionQueueEntry(
                "session-today", 4, s.PatientId, p.GivenName + " " + p.FamilyName, null, s.Id, null, s.Date, null))
            .ToListAsync(ct);
        return RecordOutcome<IReadOnlyList<AttentionQueueEntry>>.Success([.. attention, .. overdue, .. sessions]);
    }

    /// <summary>A member of staff of the clinic marks an item as dealt with. An item is resolved once:
    /// whoever comes second, at once or later, gets 409 <c>queue-item-already-resolved</c> with
    /// the first one's time, never a 200 for someone else's resolution (ADR 0406).</summary>
    public async Task<RecordOutcome<AttentionItem>> ResolveAsync(CallerScope scope, Guid id, CancellationToken ct)
    {
        var item = await db.AttentionItems.VisibleTo(scope).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (item is null || !scope.IsStaff)
        {
            return RecordProblem.NotFound("id");
        }

        if (item.ResolvedAt is not null)
        {
            return AlreadyResolved(item);
        }

        item.ResolvedAt = clock.GetUtcNow();
        item.ResolvedBy = scope.UserId;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Resolved (or read) by someone else between our read and our write.
            var stored = await db.AttentionItems.AsNoTracking().FirstAsync(a => a.Id == id, ct);
            return AlreadyResolved(stored);
        }

        return item;
    }

    private static RecordProblem AlreadyResolved(AttentionItem item) => new(
        ProblemKind.Conflict,
        RecordProblemCodes.QueueItemAlreadyResolved,
        "id",
        string.Create(CultureInfo.InvariantCulture, $"The item was already resolved at {item.ResolvedAt:O}."));
}
