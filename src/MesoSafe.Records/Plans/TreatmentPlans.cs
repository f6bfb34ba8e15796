using MesoSafe.Clinical.Json;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Plans;

/// <summary>Plans and consents: a changed plan gets a new revision and needs a new consent.</summary>
public sealed class TreatmentPlans(MesoSafeDbContext db, TimeProvider clock, PlanRiskCatalog risks)
{
    public async Task<TreatmentPlan?> FindAsync(CallerScope scope, Guid id, CancellationToken ct) =>
        await db.Plans.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<RecordOutcome<Page<TreatmentPlan>>> ListAsync(CallerScope scope, Guid? patientId, Paging paging, CancellationToken ct)
    {
        var problems = paging.Validate();
        if (problems.Count > 0)
        {
            return RecordOutcome<Page<TreatmentPlan>>.Failure(problems);
        }

        var query = db.Plans.AsNoTracking().VisibleTo(scope);
        if (patientId is { } patient)
        {
            query = query.Where(p => p.PatientId == patient);
        }

        return await paging.ApplyAsync(query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id), ct);
    }

    public async Task<RecordOutcome<TreatmentPlan>> CreateAsync(CallerScope scope, PlanInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (input.PatientId is null)
        {
            problems.Add(RecordProblem.Invalid("patientId", RequestErrorCodes.Required, "patientId is required."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<TreatmentPlan>.Failure(problems);
        }

        var patient = await db.Patients.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == input.PatientId, ct);
        if (patient is null || !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("patientId");
        }

        var plan = Build(input, patient, clock.GetUtcNow());
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<RecordOutcome<TreatmentPlan>> UpdateAsync(CallerScope scope, Guid id, PlanInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (input.Version is null)
        {
            problems.Add(RecordProblem.Invalid("version", RequestErrorCodes.Required, "version (or an If-Match header) is required to change a record."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<TreatmentPlan>.Failure(problems);
        }

        var plan = await db.Plans.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null || !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("id");
        }

        if (plan.Version != input.Version)
        {
            return RecordProblem.Conflict("version", "The plan was changed meanwhile.");
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = input.Version.Value;
        Apply(plan, input);
        plan.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A racing edit saved this revision first (the version check, or the unique revision
            // row): this request's content was not stored, so it is told so, never 200.
            if (await ChangedMeanwhileAsync(id, input.Version.Value, ct))
            {
                return RecordProblem.Conflict("version", "The plan was changed meanwhile.");
            }

            throw;
        }

        return plan;
    }

    public async Task<ConsentForm?> ConsentFormAsync(CallerScope scope, Guid planId, CancellationToken ct)
    {
        var plan = await FindAsync(scope, planId, ct);
        if (plan is null)
        {
            return null;
        }

        var accepted = await db.Consents.AsNoTracking()
            .Where(c => c.PlanId == planId && c.PlanRevision == plan.Revision)
            .OrderByDescending(c => c.AcceptedAt)
            .FirstOrDefaultAsync(ct);
        return new ConsentForm(plan.Id, plan.Revision, risks.RisksFor(plan), accepted, risks.Version);
    }

    /// <summary>The patient (or the practitioner on the patient's behalf) accepts the risks of the
    /// plan's current revision. <paramref name="planRevision"/> must be the revision shown.</summary>
    public async Task<RecordOutcome<Consent>> AcceptAsync(CallerScope scope, Guid planId, int? planRevision, CancellationToken ct)
    {
        var plan = await FindAsync(scope, planId, ct);
        if (plan is null || !(scope.IsPractitioner || scope.OwnPatientIds.Contains(plan.PatientId)))
        {
            return RecordProblem.NotFound("planId");
        }

        if (planRevision is null)
        {
            return RecordProblem.Invalid("planRevision", RequestErrorCodes.Required, "planRevision (the revision whose risks were read) is required.");
        }

        if (planRevision != plan.Revision)
        {
            return RecordProblem.Conflict("planRevision", "The plan has changed since its risks were shown; read them again.");
        }

        var consent = new Consent
        {
            PlanId = plan.Id,
            PlanRevision = plan.Revision,
            PatientId = plan.PatientId,
            ClinicId = plan.ClinicId,
            Risks = [.. risks.RisksFor(plan).Select(r => r.Code)],
            AcceptedAt = clock.GetUtcNow(),
            AcceptedBy = scope.UserId,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return consent;
    }

    /// <summary>A new plan for <paramref name="patient"/>, not yet added to the database. Takes a
    /// half-filled input too (a form being typed), so a preview is built exactly as the saved plan is.</summary>
    internal static TreatmentPlan Build(PlanInput input, Patient patient, DateTimeOffset now)
    {
        var plan = new TreatmentPlan
        {
            PatientId = patient.Id,
            ClinicId = patient.ClinicId,
            Indication = string.Empty,
            Technique = string.Empty,
            CreatedAt = now,
        };
        Apply(plan, input);
        return plan;
    }

    /// <summary>Every bad field of a plan; <paramref name="prefix"/> ("plan.") when the plan is part
    /// of a larger body.</summary>
    internal static List<RecordProblem> Validate(PlanInput input, string prefix = "")
    {
        var problems = new List<RecordProblem>();
        Require(problems, prefix + "indication", input.Indication);
        Require(problems, prefix + "technique", input.Technique);
        RecordBounds.Indication.Check(input.Indication, problems, prefix + "indication");
        RecordBounds.PlanTechnique.Check(input.Technique, problems, prefix + "technique");
        RecordBounds.PlanAnesthetic.Check(input.Anesthetic, problems, prefix + "anesthetic");
        if (input.Areas is null || input.Areas.Count == 0 || input.Areas.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(RecordProblem.Invalid(prefix + "areas", RequestErrorCodes.Required, "areas lists at least one area."));
        }
        else
        {
            RecordText.CheckEntries(prefix + "areas", input.Areas, problems);
        }

        if (input.Substances is null || input.Substances.Count == 0 || input.Substances.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(RecordProblem.Invalid(prefix + "substances", RequestErrorCodes.Required, "substances lists at least one substance."));
        }
        else
        {
            RecordText.CheckEntries(prefix + "substances", input.Substances, problems);
        }

        RecordText.CheckEntries(prefix + "combinedWith", input.CombinedWith, problems);
        if (input.DepthMm is { } depth && !RequestLimits.IsDepthInRange(depth))
        {
            problems.Add(RecordProblem.Invalid(prefix + "depthMm", RequestErrorCodes.OutOfRange, RecordText.DepthMessage("depthMm")));
        }

        if (input.Sessions is not { } sessions || sessions is < RecordLimits.MinSessions or > RecordLimits.MaxSessions)
        {
            problems.Add(RecordProblem.Invalid(prefix + "sessions", RequestErrorCodes.OutOfRange, $"sessions is between {RecordLimits.MinSessions} and {RecordLimits.MaxSessions}."));
        }

        if (input.IntervalDays is not { } interval || interval is < RecordLimits.MinIntervalDays or > RecordLimits.MaxIntervalDays)
        {
            problems.Add(RecordProblem.Invalid(prefix + "intervalDays", RequestErrorCodes.OutOfRange, $"intervalDays is between {RecordLimits.MinIntervalDays} and {RecordLimits.MaxIntervalDays}."));
        }

        return problems;
    }

    private static void Require(List<RecordProblem> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(RecordProblem.Invalid(field, RequestErrorCodes.Required, $"{field} is required."));
        }
    }

    private static void Apply(TreatmentPlan plan, PlanInput input)
    {
        plan.Indication = input.Indication ?? string.Empty;
        plan.Technique = input.Technique ?? string.Empty;
        plan.Areas = [.. input.Areas ?? []];
        plan.Substances = [.. input.Substances ?? []];
        plan.DepthMm = input.DepthMm;
        plan.Anesthetic = input.Anesthetic;
        plan.CombinedWith = [.. input.CombinedWith ?? []];
        plan.Sessions = input.Sessions ?? 0;
        plan.IntervalDays = input.IntervalDays ?? 0;
    }

    private async Task<bool> ChangedMeanwhileAsync(Guid id, long version, CancellationToken ct) =>
        await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).FirstOrDefaultAsync(ct) != version;
}
