using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
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
        Guid clinicId = input.ClinicId ?? (scope.ClinicIds.Count == 1 ? scope.ClinicIds[0] : Guid.Empty);
        if (clinicId == Guid.Empty)
        {
            problems.Add(RecordProblem.Invalid("clinicId", "required", "clinicId is required when you work for several clinics."));
        }
        else if (!scope.IsStaff || !scope.ClinicIds.Contains(clinicId))
        {
            problems.Add(RecordProblem.Invalid("clinicId", "clinic-not-yours", "You do not work for this clinic."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<Patient>.Failure(problems);
        }

        var patient = new Patient
        {
            ClinicId = clinicId,
            GivenName = input.GivenName!.Trim(),
            FamilyName = input.FamilyName!.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        Apply(patient, input);
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
            problems.Add(RecordProblem.Invalid("version", "required", "version (or an If-Match header) is required to change a record."));
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

    public async Task<RecordOutcome<Intake>> AddIntakeAsync(CallerScope scope, Guid patientId, IntakeInput input, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null || !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("patientId");
        }

        var problems = new List<RecordProblem>();
        CheckEntries("conditions", input.Conditions, problems);
        CheckEntries("allergies", input.Allergies, problems);
        CheckEntries("medications", input.Medications, problems);
        if (problems.Count > 0)
        {
            return RecordOutcome<Intake>.Failure(problems);
        }

        var intake = new Intake
        {
            PatientId = patientId,
            ClinicId = patient.ClinicId,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = scope.UserId,
            Conditions = [.. input.Conditions ?? []],
            Allergies = [.. input.Allergies ?? []],
            Medications = [.. input.Medications ?? []],
            Smoker = input.Smoker ?? false,
            Alcohol = input.Alcohol ?? false,
            PreviousMesotherapy = input.PreviousMesotherapy,
        };
        db.Intakes.Add(intake);
        await db.SaveChangesAsync(ct);
        return intake;
    }

    /// <summary>Runs the clinical core on an intake and stores the full result.</summary>
    public async Task<RecordOutcome<ScreeningRecord>> ScreenAsync(CallerScope scope, Guid intakeId, ScreeningInput input, CancellationToken ct)
    {
        var intake = await db.Intakes.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(i => i.Id == intakeId, ct);
        if (intake is null || !scope.IsPractitioner)
        {
            return RecordProblem.NotFound("intakeId");
        }

        if (input.PlannedDate is null)
        {
            return RecordProblem.Invalid("plannedDate", "required", "plannedDate is required.");
        }

        var plans = db.Plans.AsNoTracking().Where(p => p.PatientId == intake.PatientId);
        var plan = input.PlanId is { } planId
            ? await plans.FirstOrDefaultAsync(p => p.Id == planId, ct)
            : await plans.OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(ct);
        if (input.PlanId is not null && plan is null)
        {
            return RecordProblem.Invalid("planId", "unknown-plan", "No such plan for this patient.");
        }

        var patient = await db.Patients.AsNoTracking().FirstAsync(p => p.Id == intake.PatientId, ct);
        var request = new ScreeningRequest
        {
            Id = intake.Id.ToString(),
            Date = input.PlannedDate.Value,
            Patient = new PatientDetails { BirthDate = patient.BirthDate, Sex = patient.Sex, PreviousMesotherapy = intake.PreviousMesotherapy },
            Conditions = intake.Conditions,
            Allergies = intake.Allergies,
            Medications = intake.Medications,
            Habits = new Habits { Smoker = intake.Smoker, Alcohol = intake.Alcohol },
            Plan = plan is null
                ? new PlannedTreatment()
                : new PlannedTreatment
                {
                    Indication = plan.Indication,
                    Areas = plan.Areas,
                    Substances = plan.Substances,
                    Anesthetic = plan.Anesthetic,
                    Technique = plan.Technique,
                    DepthMm = plan.DepthMm,
                    Sessions = plan.Sessions,
                    IntervalDays = plan.IntervalDays,
                },
        };
        var result = screening.Evaluate(request);
        var record = new ScreeningRecord
        {
            IntakeId = intake.Id,
            PatientId = intake.PatientId,
            ClinicId = intake.ClinicId,
            PlanId = plan?.Id,
            PlannedDate = input.PlannedDate.Value,
            Decision = RecordJson.Code(result.Decision),
            ResultJson = System.Text.Json.JsonSerializer.Serialize(result, RecordJson.Options),
            KnowledgeBaseVersion = result.KnowledgeBase,
            ScreenedAt = clock.GetUtcNow(),
        };
        db.Screenings.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    private static List<RecordProblem> Validate(PatientInput input)
    {
        var problems = new List<RecordProblem>();
        if (string.IsNullOrWhiteSpace(input.GivenName))
        {
            problems.Add(RecordProblem.Invalid("givenName", "required", "givenName is required."));
        }

        if (string.IsNullOrWhiteSpace(input.FamilyName))
        {
            problems.Add(RecordProblem.Invalid("familyName", "required", "familyName is required."));
        }

        if (input.Sex is not null and not ("female" or "male" or "other" or "unknown"))
        {
            problems.Add(RecordProblem.Invalid("sex", "unknown-sex", "sex is female, male, other or unknown."));
        }

        if (input.Email is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            problems.Add(RecordProblem.Invalid("email", "invalid-email", "email is not an e-mail address."));
        }

        return problems;
    }

    private static void CheckEntries(string field, IReadOnlyList<string>? entries, List<RecordProblem> problems)
    {
        if (entries is null)
        {
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(entries[i]) || entries[i].Length > 200)
            {
                problems.Add(RecordProblem.Invalid($"{field}[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", "invalid-entry", "Each entry is a non-empty text of at most 200 characters."));
            }
        }
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
