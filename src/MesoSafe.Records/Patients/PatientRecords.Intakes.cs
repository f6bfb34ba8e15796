using MesoSafe.Clinical.Json;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Plans;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Patients;

/// <summary>Intakes and their screenings. Every screening request is built by
/// <see cref="ScreeningRequestMapper"/> from the entities saved, or about to be (ADR 0405).</summary>
public sealed partial class PatientRecords
{
    /// <summary>An intake of a registered patient; see <see cref="RecordIntakeAsync"/>.</summary>
    public async Task<RecordOutcome<Intake>> AddIntakeAsync(CallerScope scope, Guid patientId, IntakeInput input, CancellationToken ct)
    {
        var outcome = await RecordIntakeAsync(scope, patientId, input, ct);
        return outcome.Succeeded ? outcome.Value!.Intake : RecordOutcome<Intake>.Failure(outcome.Problems);
    }

    /// <summary>An intake of a registered patient, with its plan and screening when the input has a
    /// planned date: saved in one transaction, or nothing is saved and the problems say why.</summary>
    public async Task<RecordOutcome<IntakeRecorded>> RecordIntakeAsync(CallerScope scope, Guid patientId, IntakeInput input, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null || !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("patientId");
        }

        return await SaveIntakeAsync(scope, patient, isNew: false, input, ValidateIntake(input), ct);
    }

    /// <summary>A new patient with their first intake, plan and screening (the intake page): all
    /// saved in one transaction, or none of it.</summary>
    public async Task<RecordOutcome<IntakeRecorded>> RegisterWithIntakeAsync(CallerScope scope, PatientInput patientInput, IntakeInput input, CancellationToken ct)
    {
        var problems = Validate(patientInput, RecordBounds.Today(clock));
        var clinicId = ClinicFor(scope, patientInput, problems);
        problems.AddRange(ValidateIntake(input));
        if (clinicId != Guid.Empty && !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("patientId");
        }

        return await SaveIntakeAsync(scope, NewPatient(patientInput, clinicId, clock.GetUtcNow()), isNew: true, input, problems, ct);
    }

    /// <summary>The entities an intake would save, built by the same code as the saved ones, for a
    /// screening shown before anything is saved. Takes a half-filled input.</summary>
    public static IntakeDraft Draft(PatientInput patient, IntakeInput intake, DateTimeOffset now)
    {
        var draftPatient = NewPatient(patient, Guid.Empty, now);
        return new IntakeDraft(
            draftPatient,
            NewIntake(draftPatient, intake, null, now),
            intake.Plan is { } plan ? TreatmentPlans.Build(plan, draftPatient, now) : null);
    }

    /// <summary>Runs the clinical core on a saved intake and stores the full result.</summary>
    public async Task<RecordOutcome<ScreeningRecord>> ScreenAsync(CallerScope scope, Guid intakeId, ScreeningInput input, CancellationToken ct)
    {
        var intake = await db.Intakes.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(i => i.Id == intakeId, ct);
        if (intake is null || !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("intakeId");
        }

        if (input.PlannedDate is null)
        {
            return RecordProblem.Invalid("plannedDate", RequestErrorCodes.Required, "plannedDate is required.");
        }

        var bounds = new List<RecordProblem>();
        if (!RecordBounds.ScreeningPlannedDate.Check(input.PlannedDate, RecordBounds.Today(clock), bounds))
        {
            return RecordOutcome<ScreeningRecord>.Failure(bounds);
        }

        var plan = await PlanForAsync(intake.PatientId, input.PlanId, ct);
        if (input.PlanId is not null && plan is null)
        {
            return RecordProblem.Invalid("planId", RecordProblemCodes.UnknownPlan, "No such plan for this patient.");
        }

        var patient = await db.Patients.AsNoTracking().FirstAsync(p => p.Id == intake.PatientId, ct);
        var record = Screen(patient, intake, plan, input.PlannedDate.Value);
        db.Screenings.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    private async Task<RecordOutcome<IntakeRecorded>> SaveIntakeAsync(
        CallerScope scope, Patient patient, bool isNew, IntakeInput input, List<RecordProblem> problems, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        TreatmentPlan? plan = null;
        if (input.Plan is not null && input.PlanId is not null)
        {
            problems.Add(RecordProblem.Invalid("planId", RecordProblemCodes.PlanAndPlanId, "Send planId (a saved plan) or plan (a new one), not both."));
        }
        else if (input.Plan is { } planInput)
        {
            problems.AddRange(TreatmentPlans.Validate(planInput, "plan."));
            plan = TreatmentPlans.Build(planInput, patient, now);
        }
        else if (input.PlanId is { } planId)
        {
            plan = isNew ? null : await PlanForAsync(patient.Id, planId, ct);
            if (plan is null)
            {
                problems.Add(RecordProblem.Invalid("planId", RecordProblemCodes.UnknownPlan, "No such plan for this patient."));
            }
        }
        else if (input.PlannedDate is not null && !isNew)
        {
            plan = await PlanForAsync(patient.Id, null, ct);
        }

        RecordBounds.IntakePlannedDate.Check(input.PlannedDate, RecordBounds.Today(clock), problems);
        if ((input.Plan is not null || input.PlanId is not null) && input.PlannedDate is null)
        {
            problems.Add(RecordProblem.Invalid("plannedDate", RequestErrorCodes.Required, "plannedDate is required to screen the intake against its plan."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<IntakeRecorded>.Failure(problems);
        }

        var intake = NewIntake(patient, input, scope.UserId, now);
        var screening = input.PlannedDate is { } date ? Screen(patient, intake, plan, date) : null;
        if (isNew)
        {
            db.Patients.Add(patient);
        }

        db.Intakes.Add(intake);
        if (input.Plan is not null)
        {
            db.Plans.Add(plan!);
        }

        if (screening is not null)
        {
            db.Screenings.Add(screening);
        }

        // One SaveChanges is one transaction (with its audit entries): a failure stores none of it.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception)
        {
            db.ChangeTracker.Clear();
            return new RecordProblem(ProblemKind.Conflict, RecordProblemCodes.NotSaved, string.Empty,
                "Nothing was saved: the database refused the intake, its plan or its screening ("
                + (exception.InnerException ?? exception).Message.Split('\n')[0].Trim() + "). Try again; if it fails again, tell your administrator.");
        }

        return new IntakeRecorded(patient, intake, plan, screening);
    }

    /// <summary>The given plan of the patient, or the latest one when none is given.</summary>
    private async Task<TreatmentPlan?> PlanForAsync(Guid patientId, Guid? planId, CancellationToken ct)
    {
        var plans = db.Plans.AsNoTracking().Where(p => p.PatientId == patientId);
        return planId is { } id
            ? await plans.FirstOrDefaultAsync(p => p.Id == id, ct)
            : await plans.OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(ct);
    }

    private ScreeningRecord Screen(Patient patient, Intake intake, TreatmentPlan? plan, DateOnly plannedDate)
    {
        var result = screening.Evaluate(ScreeningRequestMapper.Map(patient, intake, plan, plannedDate));
        return new ScreeningRecord
        {
            IntakeId = intake.Id,
            PatientId = intake.PatientId,
            ClinicId = intake.ClinicId,
            PlanId = plan?.Id,
            PlannedDate = plannedDate,
            Decision = result.Decision,
            ResultJson = System.Text.Json.JsonSerializer.Serialize(result, RecordJson.Options),
            KnowledgeBaseVersion = result.KnowledgeBase,
            ScreenedAt = clock.GetUtcNow(),
        };
    }

    private static Intake NewIntake(Patient patient, IntakeInput input, Guid? recordedBy, DateTimeOffset now) => new()
    {
        PatientId = patient.Id,
        ClinicId = patient.ClinicId,
        RecordedAt = now,
        RecordedBy = recordedBy,
        Conditions = [.. input.Conditions ?? []],
        Allergies = [.. input.Allergies ?? []],
        Medications = [.. input.Medications ?? []],
        Smoker = input.Smoker ?? false,
        Alcohol = input.Alcohol ?? false,
        PreviousMesotherapy = input.PreviousMesotherapy,
    };

    private static List<RecordProblem> ValidateIntake(IntakeInput input)
    {
        var problems = new List<RecordProblem>();
        RecordText.CheckEntries("conditions", input.Conditions, problems);
        RecordText.CheckEntries("allergies", input.Allergies, problems);
        RecordText.CheckEntries("medications", input.Medications, problems);
        return problems;
    }
}
