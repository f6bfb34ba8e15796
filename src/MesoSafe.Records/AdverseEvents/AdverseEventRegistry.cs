using System.Text.RegularExpressions;
using MesoSafe.Clinical.Json;
using MesoSafe.Knowledge;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.AdverseEvents;

/// <summary>The registry: an initial report and follow-ups, each a new version; none is overwritten.</summary>
public sealed partial class AdverseEventRegistry(MesoSafeDbContext db, TimeProvider clock, KnowledgeBase knowledgeBase)
{
    public async Task<AdverseEvent?> FindAsync(CallerScope scope, Guid id, CancellationToken ct) =>
        await db.AdverseEvents.AsNoTracking().Include(a => a.Reports.OrderBy(r => r.Number)).VisibleTo(scope).FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<RecordOutcome<Page<AdverseEvent>>> ListAsync(
        CallerScope scope, Guid? patientId, string? eventCode, bool? serious, Paging paging, CancellationToken ct)
    {
        var problems = paging.Validate();
        if (problems.Count > 0)
        {
            return RecordOutcome<Page<AdverseEvent>>.Failure(problems);
        }

        var query = db.AdverseEvents.AsNoTracking().VisibleTo(scope);
        if (patientId is { } patient)
        {
            query = query.Where(a => a.PatientId == patient);
        }

        if (!string.IsNullOrWhiteSpace(eventCode))
        {
            query = query.Where(a => a.EventCode == eventCode);
        }

        if (serious is { } s)
        {
            query = query.Where(a => a.Serious == s);
        }

        return await paging.ApplyAsync(query.OrderByDescending(a => a.Onset).ThenBy(a => a.Id), ct);
    }

    public async Task<RecordOutcome<AdverseEvent>> ReportAsync(CallerScope scope, AdverseEventInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (input.PatientId is null)
        {
            problems.Add(RecordProblem.Invalid("patientId", RequestErrorCodes.Required, "patientId is required."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<AdverseEvent>.Failure(problems);
        }

        var patient = await db.Patients.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == input.PatientId, ct);
        if (patient is null || !scope.IsStaff)
        {
            return RecordProblem.NotFound("patientId");
        }

        if (input.SessionId is { } sessionId)
        {
            var sessionDates = await db.Sessions.Where(s => s.Id == sessionId && s.PatientId == patient.Id).Select(s => s.Date).ToListAsync(ct);
            if (sessionDates.Count == 0)
            {
                return RecordProblem.Invalid("sessionId", RecordProblemCodes.UnknownSession, "No such session for this patient.");
            }

            if (input.Onset < sessionDates[0])
            {
                return RecordProblem.Invalid("onset", RecordProblemCodes.BeforeSession, "onset is on or after the session date.");
            }
        }

        var lotProblems = await CheckSuspectsAsync(input, ct);
        if (lotProblems.Count > 0)
        {
            return RecordOutcome<AdverseEvent>.Failure(lotProblems);
        }

        var adverseEvent = new AdverseEvent
        {
            PatientId = patient.Id,
            ClinicId = patient.ClinicId,
            SessionId = input.SessionId,
            EventCode = input.EventCode!,
            CreatedAt = clock.GetUtcNow(),
        };
        AddReport(scope, adverseEvent, input);
        db.AdverseEvents.Add(adverseEvent);
        await db.SaveChangesAsync(ct);
        return adverseEvent;
    }

    /// <summary>Adds a follow-up; <c>version</c> must be the latest report number, else 409.</summary>
    public async Task<RecordOutcome<AdverseEvent>> FollowUpAsync(CallerScope scope, Guid id, AdverseEventInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (input.Version is null)
        {
            problems.Add(RecordProblem.Invalid("version", RequestErrorCodes.Required, "version (or an If-Match header) is required for a follow-up."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<AdverseEvent>.Failure(problems);
        }

        var adverseEvent = await db.AdverseEvents.Include(a => a.Reports).VisibleTo(scope).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (adverseEvent is null || !scope.IsStaff)
        {
            return RecordProblem.NotFound("id");
        }

        if (adverseEvent.Version != input.Version)
        {
            return RecordProblem.Conflict("version", "Another follow-up was recorded meanwhile.");
        }

        var lotProblems = await CheckSuspectsAsync(input, ct);
        if (lotProblems.Count > 0)
        {
            return RecordOutcome<AdverseEvent>.Failure(lotProblems);
        }

        db.Entry(adverseEvent).Property(a => a.Version).OriginalValue = input.Version.Value;
        AddReport(scope, adverseEvent, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent follow-up took this number (version check or the unique report number):
            // this one was not stored, so it is told so, never 201 (ADR 0406).
            if (await ChangedMeanwhileAsync(id, input.Version.Value, ct))
            {
                return RecordProblem.Conflict("version", "Another follow-up was recorded meanwhile.");
            }

            throw;
        }

        adverseEvent.Reports.Sort((a, b) => a.Number.CompareTo(b.Number));
        return adverseEvent;
    }

    private void AddReport(CallerScope scope, AdverseEvent adverseEvent, AdverseEventInput input)
    {
        var number = (int)adverseEvent.Version + 1;
        var report = new AdverseEventReport
        {
            AdverseEventId = adverseEvent.Id,
            Number = number,
            EventCode = input.EventCode!,
            Onset = input.Onset!.Value,
            Seriousness = [.. (input.Seriousness ?? []).Distinct()],
            Severity = input.Severity!,
            Outcome = input.Outcome!,
            Causality = input.Causality!,
            SuspectLotIds = [.. input.SuspectLotIds ?? []],
            SuspectProductIds = [.. input.SuspectProductIds ?? []],
            ReporterType = input.ReporterType ?? "practitioner",
            ReportedBy = scope.UserId,
            Narrative = input.Narrative,
            RecordedAt = clock.GetUtcNow(),
        };
        adverseEvent.Reports.Add(report);
        db.AdverseEventReports.Add(report);
        adverseEvent.Version = number;
        adverseEvent.EventCode = report.EventCode;
        adverseEvent.Onset = report.Onset;
        adverseEvent.Serious = report.Seriousness.Count > 0;
    }

    private async Task<List<RecordProblem>> CheckSuspectsAsync(AdverseEventInput input, CancellationToken ct)
    {
        var problems = new List<RecordProblem>();
        var lots = (input.SuspectLotIds ?? []).Distinct().ToList();
        var knownLots = await db.Lots.Where(l => lots.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        if (knownLots.Count != lots.Count)
        {
            problems.Add(RecordProblem.Invalid("suspectLotIds", RecordProblemCodes.UnknownLot, "A suspect lot does not exist."));
        }

        var products = (input.SuspectProductIds ?? []).Distinct().ToList();
        var knownProducts = await db.Products.Where(p => products.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (knownProducts.Count != products.Count)
        {
            problems.Add(RecordProblem.Invalid("suspectProductIds", RecordProblemCodes.UnknownProduct, "A suspect product does not exist."));
        }

        return problems;
    }

    private List<RecordProblem> Validate(AdverseEventInput input)
    {
        var problems = new List<RecordProblem>();
        if (string.IsNullOrWhiteSpace(input.EventCode) || !CodePattern().IsMatch(input.EventCode))
        {
            problems.Add(RecordProblem.Invalid("eventCode", RecordProblemCodes.InvalidCode, "eventCode is a knowledge-base code in kebab-case, e.g. \"nodule\"."));
        }
        else if (knowledgeBase.Find(EntryKind.Symptom, input.EventCode) is null)
        {
            problems.Add(RecordProblem.Invalid("eventCode", RecordProblemCodes.UnknownEventCode, $"'{input.EventCode}' is not a symptom of knowledge base {knowledgeBase.Version}."));
        }

        if (input.Onset is null)
        {
            problems.Add(RecordProblem.Invalid("onset", RequestErrorCodes.Required, "onset is required."));
        }

        RecordBounds.EventCode.Check(input.EventCode, problems);
        RecordBounds.Onset.Check(input.Onset, RecordBounds.Today(clock), problems);
        RecordBounds.Narrative.Check(input.Narrative, problems);

        foreach (var criterion in input.Seriousness ?? [])
        {
            if (!AdverseEventVocabulary.Seriousness.Contains(criterion))
            {
                problems.Add(RecordProblem.Invalid("seriousness", RecordProblemCodes.UnknownCriterion, $"'{criterion}' is not an ICH E2A seriousness criterion."));
            }
        }

        Check(problems, "severity", input.Severity, AdverseEventVocabulary.Severity);
        Check(problems, "outcome", input.Outcome, AdverseEventVocabulary.Outcome);
        Check(problems, "causality", input.Causality, AdverseEventVocabulary.Causality);
        if (input.ReporterType is not null)
        {
            Check(problems, "reporterType", input.ReporterType, AdverseEventVocabulary.Reporter);
        }

        return problems;
    }

    private static void Check(List<RecordProblem> problems, string field, string? value, IReadOnlySet<string> allowed)
    {
        if (value is null || !allowed.Contains(value))
        {
            problems.Add(RecordProblem.Invalid(field, RequestErrorCodes.UnknownValue, $"{field} is one of: {string.Join(", ", allowed)}."));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    private async Task<bool> ChangedMeanwhileAsync(Guid id, long version, CancellationToken ct) =>
        await db.AdverseEvents.AsNoTracking().Where(a => a.Id == id).Select(a => a.Version).FirstOrDefaultAsync(ct) != version;
}
