using System.Globalization;
using System.Text.Json;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Triage;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Aftercare;

/// <summary>A patient's report after a session: triaged by the clinical core, stored with its
/// result; urgent and emergency go to the clinic's attention queue in the same transaction.</summary>
public sealed class CheckIns(MesoSafeDbContext db, TimeProvider clock, TriageEngine triage)
{
    /// <summary>How many open slots a report tries before it takes a row of its own.</summary>
    private const int MaxSlotAttempts = 3;

    public async Task<CheckIn?> FindAsync(CallerScope scope, Guid id, CancellationToken ct) =>
        await db.CheckIns.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<RecordOutcome<Page<CheckIn>>> ListAsync(CallerScope scope, Guid? patientId, bool? submitted, Paging paging, CancellationToken ct)
    {
        var problems = paging.Validate();
        if (problems.Count > 0)
        {
            return RecordOutcome<Page<CheckIn>>.Failure(problems);
        }

        var query = db.CheckIns.AsNoTracking().VisibleTo(scope);
        if (patientId is { } patient)
        {
            query = query.Where(c => c.PatientId == patient);
        }

        if (submitted is { } done)
        {
            query = done ? query.Where(c => c.SubmittedAt != null) : query.Where(c => c.SubmittedAt == null);
        }

        return await paging.ApplyAsync(query.OrderBy(c => c.DueOn).ThenBy(c => c.Id), ct);
    }

    public async Task<RecordOutcome<CheckIn>> SubmitAsync(CallerScope scope, CheckInInput input, CancellationToken ct)
    {
        var (request, problems) = Validate(input);
        RecordBounds.ReportedOn.Check(input.ReportedOn, RecordBounds.Today(clock), problems);
        if (problems.Count > 0)
        {
            return RecordOutcome<CheckIn>.Failure(problems);
        }

        var session = await db.Sessions.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == input.SessionId, ct);
        if (session is null)
        {
            return RecordProblem.NotFound("sessionId");
        }

        var reportedOn = input.ReportedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (reportedOn < session.Date)
        {
            return RecordProblem.Invalid("reportedOn", RecordProblemCodes.BeforeSession, "reportedOn is on or after the session date.");
        }

        request = request with
        {
            Id = session.Id.ToString(),
            SessionDate = session.Date,
            ReportedOn = reportedOn,
            Areas = session.Areas,
            Substances = await SubstancesAsync(session.Id, ct),
        };
        var result = triage.Evaluate(request);

        // The report fills the open scheduled check-in due nearest to the day it is sent, if any.
        // Taking the slot is guarded by the check-in's version (UPDATE ... WHERE Version = n), so of
        // two reports racing for one slot only one fills it; the other is saved again on the next
        // open slot or as its own row. A patient's report is never refused nor written over another.
        // A report on the last day of the calendar (9999-12-31) has no "tomorrow" (issue 20).
        var latestDue = reportedOn < DateOnly.MaxValue ? reportedOn.AddDays(1) : reportedOn;
        var tracked = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        for (var attempt = 0; ; attempt++)
        {
            // After a few lost races the report takes a row of its own, which no one else can take.
            var open = attempt >= MaxSlotAttempts ? null : await db.CheckIns
                .Where(c => c.SessionId == session.Id && c.SubmittedAt == null && c.DueOn <= latestDue)
                .OrderByDescending(c => c.DueOn)
                .FirstOrDefaultAsync(ct);
            var checkIn = Fill(open, session, reportedOn, request, result);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException) when (open is not null)
            {
                // Forget this attempt (the slot, its queue item and audit rows) and try again.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => !tracked.Contains(e.Entity)).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                continue;
            }

            var telephone = await db.Clinics.AsNoTracking().Where(c => c.Id == session.ClinicId).Select(c => c.Telephone).FirstOrDefaultAsync(ct);
            checkIn.Answer = PatientAnswer.For(result, telephone, triage.KnowledgeBase.Advice);
            return checkIn;
        }
    }

    private CheckIn Fill(CheckIn? open, Sessions.TreatmentSession session, DateOnly reportedOn, TriageRequest request, TriageResult result)
    {
        var checkIn = open ?? new CheckIn { SessionId = session.Id, PatientId = session.PatientId, ClinicId = session.ClinicId, DueOn = reportedOn };
        checkIn.SubmittedAt = clock.GetUtcNow();
        checkIn.ReportedOn = reportedOn;
        checkIn.RequestJson = JsonSerializer.Serialize(request, RecordJson.Options);
        checkIn.TriageLevel = RecordJson.Code(result.Level);
        checkIn.ResultJson = JsonSerializer.Serialize(result, RecordJson.Options);
        if (open is null)
        {
            db.CheckIns.Add(checkIn);
        }

        // Words nobody could read make the check-in a person's work today: queued as urgent at
        // least, and first among the urgent items (clinical-rules.md, Urgent).
        var unread = UnreadText.In(result);
        if (result.Level >= TriageLevel.Urgent || unread)
        {
            var emergency = result.Level == TriageLevel.Emergency;
            db.AttentionItems.Add(new AttentionItem
            {
                ClinicId = session.ClinicId,
                PatientId = session.PatientId,
                Reason = emergency ? "check-in-emergency" : unread ? "check-in-unread" : "check-in-urgent",
                Priority = emergency ? 0 : 1,
                CheckInId = checkIn.Id,
                SessionId = session.Id,
                Unread = unread,
                UnreadWords = [.. UnreadText.Of(result)],
                RaisedAt = clock.GetUtcNow(),
            });
        }

        return checkIn;
    }
    private async Task<IReadOnlyList<string>> SubstancesAsync(Guid sessionId, CancellationToken ct)
    {
        var lists = await db.SessionProducts.Where(p => p.SessionId == sessionId)
            .Join(db.Products, sp => sp.ProductId, p => p.Id, (sp, p) => p.Substances)
            .ToListAsync(ct);
        return lists.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToList();
    }

    private static (TriageRequest Request, List<RecordProblem> Problems) Validate(CheckInInput input)
    {
        var problems = new List<RecordProblem>();
        if (input.SessionId is null)
        {
            problems.Add(RecordProblem.Invalid("sessionId", RequestErrorCodes.Required, "sessionId is required."));
        }

        if (input.TemperatureC is { } t && !RequestLimits.IsTemperatureInRange(t))
        {
            problems.Add(RecordProblem.Invalid("temperatureC", RequestErrorCodes.OutOfRange, RecordText.TemperatureMessage("temperatureC")));
        }

        RecordBounds.CheckInText.Check(input.Text, problems);

        if (input.Symptoms is { Count: > RequestLimits.MaxListEntries })
        {
            problems.Add(RecordProblem.Invalid("symptoms", RequestErrorCodes.TooManyEntries, string.Create(
                CultureInfo.InvariantCulture, $"symptoms has {input.Symptoms.Count} entries; the limit is {RequestLimits.MaxListEntries}.")));
        }

        var symptoms = new List<ReportedSymptom>();
        var list = input.Symptoms ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var prefix = $"symptoms[{i.ToString(CultureInfo.InvariantCulture)}]";
            var s = list[i];
            if (s is null || string.IsNullOrWhiteSpace(s.Code))
            {
                problems.Add(RecordProblem.Invalid(prefix + ".code", RequestErrorCodes.Required, "Each symptom has a code or a description."));
                continue;
            }

            if (s.Code.Length > RequestLimits.MaxEntryLength)
            {
                problems.Add(RecordProblem.Invalid(prefix + ".code", RequestErrorCodes.TooLong, string.Create(
                    CultureInfo.InvariantCulture, $"A symptom has at most {RequestLimits.MaxEntryLength} characters.")));
            }

            SymptomSeverity severity = SymptomSeverity.Mild;
            if (s.Severity is not null && !WireEnums.TryParseSeverity(s.Severity, out severity))
            {
                problems.Add(RecordProblem.Invalid(prefix + ".severity", RecordProblemCodes.UnknownSeverity, "severity is mild, moderate or severe."));
            }

            if (s.StartedDaysAfterSession is < 0)
            {
                problems.Add(RecordProblem.Invalid(prefix + ".startedDaysAfterSession", RequestErrorCodes.OutOfRange, "startedDaysAfterSession is zero or more."));
            }

            symptoms.Add(new ReportedSymptom
            {
                Code = s.Code,
                Severity = severity,
                StartedDaysAfterSession = s.StartedDaysAfterSession ?? 0,
                Spreading = s.Spreading ?? false,
                Worsening = s.Worsening ?? false,
            });
        }

        // An empty check-in is a valid "all well" report; it still gets the aftercare advice.
        var request = new TriageRequest
        {
            SessionDate = default,
            ReportedOn = default,
            TemperatureC = input.TemperatureC,
            Symptoms = symptoms,
            Text = input.Text,
        };
        return (request, problems);
    }
}
