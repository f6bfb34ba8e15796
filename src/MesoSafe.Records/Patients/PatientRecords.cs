using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Patients;

/// <summary>Registering patients, their intakes and screenings (PatientRecords.Intakes.cs), and
/// reading a full record.</summary>
public sealed partial class PatientRecords(MesoSafeDbContext db, TimeProvider clock, ScreeningEngine screening)
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
        var problems = Validate(input, RecordBounds.Today(clock));
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
        var problems = Validate(input, RecordBounds.Today(clock));
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

    private static List<RecordProblem> Validate(PatientInput input, DateOnly today)
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

        RecordBounds.GivenName.Check(input.GivenName, problems);
        RecordBounds.FamilyName.Check(input.FamilyName, problems);
        RecordBounds.Email.Check(input.Email, problems);
        if (RecordBounds.Phone.Check(input.Phone, problems) && input.Phone is { } phone && !RecordBounds.IsPhone(phone))
        {
            problems.Add(RecordProblem.Invalid("phone", RecordProblemCodes.InvalidPhone, "phone has digits, spaces and + - . ( ) only."));
        }

        RecordBounds.BirthDate.Check(input.BirthDate, today, problems);

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
