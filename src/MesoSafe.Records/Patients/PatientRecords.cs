using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Plans;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Patients;

/// <summary>Registering patients, their intakes and screenings, and reading a full record.</summary>
public sealed class PatientRecords(MesoSafeDbContext db, TimeProvider clock, ScreeningEngine screening)
{
    public async Task<RecordOutcome<Page<Patient>>> ListAsync(CallerScope scope, string? name, Guid? clinicId, Paging paging, CancellationToken ct)
    {
        var problems = paging.Validate();
        if (problems.Count > 0)
        {
            return RecordOutcome<Page<Patient>>.Failure(problems);
        }

        var query = db.Patients.AsNoTracking().VisibleTo(scope);
        if (clinicId is { } clinic)
        {
            query = query.Where(p => p.ClinicId == clinic);
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var pattern = "%" + name.Trim().ToLowerInvariant() + "%";
            query = query.Where(p => EF.Functions.Like(p.FamilyName.ToLower(), pattern) || EF.Functions.Like(p.GivenName.ToLower(), pattern));
        }

        return await paging.ApplyAsync(query.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id), ct);
    }

    public async Task<Patient?> FindAsync(CallerScope scope, Guid id, CancellationToken ct) =>
        await db.Patients.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Everything about one patient; the read is audited.</summary>
    public async Task<PatientRecord?> GetRecordAsync(CallerScope scope, Guid id, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return null;
        }

        var record = new PatientRecord(
            patient,
            await db.Intakes.AsNoTracking().Where(i => i.PatientId == id).OrderBy(i => i.RecordedAt).ToListAsync(ct),
            await db.Screenings.AsNoTracking().Where(s => s.PatientId == id).OrderBy(s => s.ScreenedAt).ToListAsync(ct),
            await db.Plans.AsNoTracking().Where(p => p.PatientId == id).OrderBy(p => p.CreatedAt).ToListAsync(ct),
            await db.Consents.AsNoTracking().Where(c => c.PatientId == id).OrderBy(c => c.AcceptedAt).ToListAsync(ct),
            await db.Sessions.AsNoTracking().Include(s => s.Products).Where(s => s.PatientId == id).OrderBy(s => s.Date).ToListAsync(ct),
            await db.CheckIns.AsNoTracking().Where(c => c.PatientId == id).OrderBy(c => c.DueOn).ToListAsync(ct),
            await db.AdverseEvents.AsNoTracking().Include(a => a.Reports).Where(a => a.PatientId == id).OrderBy(a => a.Onset).ToListAsync(ct));
        db.RecordRead(nameof(Patient), id, id);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task<RecordOutcome<Patient>> RegisterAsync(CallerScope scope, PatientInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        var clinicId = ClinicFor(scope, input, problems);
        if (problems.Count > 0)
        {
            return RecordOutcome<Patient>.Failure(problems);
        }

        var patient = NewPatient(input, clinicId, clock.GetUtcNow());
        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        return patient;
    }

    /// <summary>Corrects demographics; a stale <c>version</c> is a conflict, never a lost update.</summary>
    public async Task<RecordOutcome<Patient>> UpdateAsync(CallerScope scope, Guid id, PatientInput input, CancellationToken ct)
    {
        var problems = Validate(input);
        if (input.Version is null)
        {
            problems.Add(RecordProblem.Invalid("version", RequestErrorCodes.Required, "version (or an If-Match header) is required to change a record."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<Patient>.Failure(problems);
        }

        var patient = await db.Patients.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null || !scope.IsStaff)
        {
            return RecordProblem.NotFound("id");
        }

        if (patient.Version != input.Version)
        {
            return RecordProblem.Conflict("version", $"The patient was changed meanwhile (version {patient.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }

        db.Entry(patient).Property(p => p.Version).OriginalValue = input.Version.Value;
        patient.GivenName = input.GivenName!.Trim();
        patient.FamilyName = input.FamilyName!.Trim();
        Apply(patient, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordProblem.Conflict("version", "The patient was changed meanwhile.");
        }

        return patient;
    }

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
        var problems = Validate(patientInput);
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
            problems.Add(RecordProblem.Invalid("planId", "plan-and-plan-id", "Send planId (a saved plan) or plan (a new one), not both."));
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
                problems.Add(RecordProblem.Invalid("planId", "unknown-plan", "No such plan for this patient."));
            }
        }
        else if (input.PlannedDate is not null && !isNew)
        {
            plan = await PlanForAsync(patient.Id, null, ct);
        }

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
            return new RecordProblem(ProblemKind.Conflict, "not-saved", string.Empty,
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
            Decision = RecordJson.Code(result.Decision),
            ResultJson = System.Text.Json.JsonSerializer.Serialize(result, RecordJson.Options),
            KnowledgeBaseVersion = result.KnowledgeBase,
            ScreenedAt = clock.GetUtcNow(),
        };
    }

    private static Patient NewPatient(PatientInput input, Guid clinicId, DateTimeOffset now)
    {
        var patient = new Patient
        {
            ClinicId = clinicId,
            GivenName = input.GivenName?.Trim() ?? string.Empty,
            FamilyName = input.FamilyName?.Trim() ?? string.Empty,
            CreatedAt = now,
        };
        Apply(patient, input);
        return patient;
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

    /// <summary>The clinic a new patient joins: the one given, or the caller's only clinic.</summary>
    private static Guid ClinicFor(CallerScope scope, PatientInput input, List<RecordProblem> problems)
    {
        Guid clinicId = input.ClinicId ?? (scope.ClinicIds.Count == 1 ? scope.ClinicIds[0] : Guid.Empty);
        if (clinicId == Guid.Empty)
        {
            problems.Add(RecordProblem.Invalid("clinicId", RequestErrorCodes.Required, "clinicId is required when you work for several clinics."));
        }
        else if (!scope.IsStaff || !scope.ClinicIds.Contains(clinicId))
        {
            problems.Add(RecordProblem.Invalid("clinicId", RecordProblemCodes.ClinicNotYours, "You do not work for this clinic."));
            return Guid.Empty;
        }

        return clinicId;
    }

    private static List<RecordProblem> Validate(PatientInput input)
    {
        var problems = new List<RecordProblem>();
        if (string.IsNullOrWhiteSpace(input.GivenName))
        {
            problems.Add(RecordProblem.Invalid("givenName", RequestErrorCodes.Required, "givenName is required."));
        }

        if (string.IsNullOrWhiteSpace(input.FamilyName))
        {
            problems.Add(RecordProblem.Invalid("familyName", RequestErrorCodes.Required, "familyName is required."));
        }

        if (input.Sex is not null and not ("female" or "male" or "other" or "unknown"))
        {
            problems.Add(RecordProblem.Invalid("sex", RecordProblemCodes.UnknownSex, "sex is female, male, other or unknown."));
        }

        if (input.Email is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            problems.Add(RecordProblem.Invalid("email", RecordProblemCodes.InvalidEmail, "email is not an e-mail address."));
        }

        return problems;
    }

    private static void Apply(Patient patient, PatientInput input)
    {
        patient.BirthDate = input.BirthDate;
        patient.Sex = input.Sex;
        patient.Email = input.Email;
        patient.Phone = input.Phone;
        patient.UserId = input.UserId ?? patient.UserId;
    }
}
