using System.Globalization;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Access;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Sessions;

/// <summary>Charts a session. Refuses what must never be charted (expired or recalled lot, a patient
/// screened out, no consent, a first session without a sensitivity test); flags what a practitioner
/// must see (short interval, depth out of range); schedules the check-ins.</summary>
public sealed class SessionCharting(MesoSafeDbContext db, TimeProvider clock, SessionRules rules)
{
    public async Task<TreatmentSession?> FindAsync(CallerScope scope, Guid id, CancellationToken ct) =>
        await db.Sessions.AsNoTracking().Include(s => s.Products).VisibleTo(scope).FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<RecordOutcome<Page<TreatmentSession>>> ListAsync(
        CallerScope scope, Guid? patientId, DateOnly? from, DateOnly? to, Paging paging, CancellationToken ct)
    {
        var problems = paging.Validate();
        if (problems.Count > 0)
        {
            return RecordOutcome<Page<TreatmentSession>>.Failure(problems);
        }

        var query = db.Sessions.AsNoTracking().Include(s => s.Products).VisibleTo(scope);
        if (patientId is { } patient)
        {
            query = query.Where(s => s.PatientId == patient);
        }

        if (from is { } start)
        {
            query = query.Where(s => s.Date >= start);
        }

        if (to is { } end)
        {
            query = query.Where(s => s.Date <= end);
        }

        return await paging.ApplyAsync(query.OrderByDescending(s => s.Date).ThenBy(s => s.Id), ct);
    }

    public async Task<RecordOutcome<TreatmentSession>> ChartAsync(CallerScope scope, SessionInput input, CancellationToken ct)
    {
        var problems = Validate(input, RecordBounds.Today(clock));
        if (problems.Count > 0)
        {
            return RecordOutcome<TreatmentSession>.Failure(problems);
        }

        var patient = await db.Patients.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == input.PatientId, ct);
        if (patient is null || !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("patientId");
        }

        var date = input.Date!.Value;
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.PlanId && p.PatientId == patient.Id, ct);
        if (plan is null)
        {
            return RecordProblem.Invalid("planId", RecordProblemCodes.UnknownPlan, "No such plan for this patient.");
        }

        var refusals = new List<RecordProblem>();
        var checkedLots = await CheckLotsAsync(input.Products!, date, refusals, ct);
        await CheckScreeningAsync(patient.Id, date, refusals, ct);
        var consented = await db.Consents.AnyAsync(c => c.PlanId == plan.Id && c.PlanRevision == plan.Revision, ct);
        if (!consented)
        {
            refusals.Add(RecordProblem.Refused("planId", RecordProblemCodes.ConsentMissing, "The patient has not consented to the current revision of this plan."));
        }

        var previous = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == patient.Id && s.Date <= date)
            .OrderByDescending(s => s.Date)
            .Select(s => (DateOnly?)s.Date)
            .FirstOrDefaultAsync(ct);
        var isFirst = !await db.Sessions.AnyAsync(s => s.PatientId == patient.Id && s.Date < date, ct);
        if (isFirst && input.SensitivityTest is null)
        {
            refusals.Add(RecordProblem.Refused("sensitivityTest", RecordProblemCodes.SensitivityTestMissing, "A first session needs a sensitivity test result."));
        }
        else if (input.SensitivityTest == "positive")
        {
            refusals.Add(RecordProblem.Refused("sensitivityTest", RecordProblemCodes.SensitivityTestPositive, "The sensitivity test was positive: do not inject."));
        }

        if (refusals.Count > 0)
        {
            return RecordOutcome<TreatmentSession>.Failure(refusals);
        }

        var session = TreatmentSession.Chart(
            patient.Id, patient.ClinicId, plan.Id, date, scope.UserId, input.Technique!,
            [.. checkedLots.Zip(input.Products!, (lot, product) => (lot, product.VolumeMl))], clock.GetUtcNow());
        session.Areas = [.. input.Areas!];
        session.DepthMm = input.DepthMm;
        session.Anesthetic = input.Anesthetic;
        session.Asepsis = [.. input.Asepsis ?? []];
        session.SensitivityTest = input.SensitivityTest;
        session.ImmediateReactions = [.. input.ImmediateReactions ?? []];
        if (previous is { } last && date.DayNumber - last.DayNumber < rules.MinimumIntervalDays)
        {
            session.Flags.Add("interval-too-short");
        }

        if (rules.DepthOutOfRange(session.Technique, session.Areas, session.DepthMm))
        {
            session.Flags.Add("depth-out-of-range");
        }

        db.Sessions.Add(session);
        foreach (var day in rules.CheckInDays)
        {
            db.CheckIns.Add(new CheckIn
            {
                SessionId = session.Id,
                PatientId = patient.Id,
                ClinicId = patient.ClinicId,
                DayAfterSession = day,
                // Never past the calendar's last day: a session near 9999-12-31 must not throw (issue 20).
                DueOn = DateOnly.FromDayNumber(Math.Min(date.DayNumber + day, DateOnly.MaxValue.DayNumber)),
            });
        }

        await db.SaveChangesAsync(ct);
        return session;
    }

    private async Task<Dictionary<Guid, Catalog.Lot>> LotsAsync(IReadOnlyList<SessionProductInput> products, CancellationToken ct)
    {
        var ids = products.Select(p => p.LotId!.Value).Distinct().ToList();
        return await db.Lots.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
    }

    /// <summary>The checked lot of each product, in order; a refusal for each lot that may not be used.</summary>
    private async Task<List<Catalog.CheckedLot>> CheckLotsAsync(IReadOnlyList<SessionProductInput> products, DateOnly date, List<RecordProblem> refusals, CancellationToken ct)
    {
        var lots = await LotsAsync(products, ct);
        var checkedLots = new List<Catalog.CheckedLot>();
        for (var i = 0; i < products.Count; i++)
        {
            var field = $"products[{i.ToString(CultureInfo.InvariantCulture)}].lotId";
            if (!lots.TryGetValue(products[i].LotId!.Value, out var lot))
            {
                refusals.Add(RecordProblem.Refused(field, RecordProblemCodes.UnknownLot, "No such lot."));
                continue;
            }

            var check = lot.CheckFor(date, field);
            if (check.Succeeded)
            {
                checkedLots.Add(check.Value!);
            }
            else
            {
                refusals.AddRange(check.Problems);
            }
        }

        return checkedLots;
    }

    private async Task CheckScreeningAsync(Guid patientId, DateOnly date, List<RecordProblem> refusals, CancellationToken ct)
    {
        var latest = await db.Screenings.AsNoTracking()
            .Where(s => s.PatientId == patientId)
            .OrderByDescending(s => s.ScreenedAt)
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            refusals.Add(RecordProblem.Refused("patientId", RecordProblemCodes.ScreeningMissing, "The patient has not been screened."));
        }
        else if (latest.Decision == ScreeningDecision.Contraindicated)
        {
            refusals.Add(RecordProblem.Refused("patientId", RecordProblemCodes.PatientContraindicated, "The latest screening found a contraindication."));
        }
        else if (latest.Decision == ScreeningDecision.Deferred)
        {
            // Deferred means "not now": only a new screening on or after the session date can lift it.
            refusals.Add(RecordProblem.Refused("patientId", RecordProblemCodes.PatientDeferred, "The latest screening deferred treatment; screen the patient again."));
        }
        else if (latest.PlannedDate > date)
        {
            refusals.Add(RecordProblem.Refused("date", RecordProblemCodes.ScreeningAfterSession, "The latest screening is for a later date than this session."));
        }
    }

    private static List<RecordProblem> Validate(SessionInput input, DateOnly today)
    {
        var problems = new List<RecordProblem>();
        if (input.PatientId is null)
        {
            problems.Add(RecordProblem.Invalid("patientId", RequestErrorCodes.Required, "patientId is required."));
        }

        if (input.PlanId is null)
        {
            problems.Add(RecordProblem.Invalid("planId", RequestErrorCodes.Required, "planId is required."));
        }

        if (input.Date is null)
        {
            problems.Add(RecordProblem.Invalid("date", RequestErrorCodes.Required, "date is required."));
        }

        if (input.Areas is null || input.Areas.Count == 0 || input.Areas.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(RecordProblem.Invalid("areas", RequestErrorCodes.Required, "areas lists at least one area."));
        }

        if (string.IsNullOrWhiteSpace(input.Technique))
        {
            problems.Add(RecordProblem.Invalid("technique", RequestErrorCodes.Required, "technique is required."));
        }

        RecordBounds.SessionTechnique.Check(input.Technique, problems);
        RecordBounds.SessionAnesthetic.Check(input.Anesthetic, problems);
        RecordBounds.SessionDate.Check(input.Date, today, problems);
        if (input.DepthMm is { } depth && !RequestLimits.IsDepthInRange(depth))
        {
            problems.Add(RecordProblem.Invalid("depthMm", RequestErrorCodes.OutOfRange, RecordText.DepthMessage("depthMm")));
        }

        if (input.SensitivityTest is not null and not ("negative" or "positive"))
        {
            problems.Add(RecordProblem.Invalid("sensitivityTest", RecordProblemCodes.UnknownResult, "sensitivityTest is negative or positive."));
        }

        if (input.Products is null || input.Products.Count == 0)
        {
            problems.Add(RecordProblem.Invalid("products", RequestErrorCodes.Required, "products lists each product injected with its lot."));
        }
        else
        {
            for (var i = 0; i < input.Products.Count; i++)
            {
                if (input.Products[i]?.LotId is null)
                {
                    problems.Add(RecordProblem.Invalid($"products[{i.ToString(CultureInfo.InvariantCulture)}].lotId", RequestErrorCodes.Required, "lotId is required."));
                }

                if (input.Products[i]?.VolumeMl is { } volume && !RequestLimits.InRange(volume, RecordLimits.MinVolumeMl, RecordLimits.MaxVolumeMl))
                {
                    problems.Add(RecordProblem.Invalid($"products[{i.ToString(CultureInfo.InvariantCulture)}].volumeMl", RequestErrorCodes.OutOfRange,
                        $"volumeMl is {RequestLimits.Between(RecordLimits.MinVolumeMl, RecordLimits.MaxVolumeMl, "ml")}."));
                }
            }
        }

        return problems;
    }
}
