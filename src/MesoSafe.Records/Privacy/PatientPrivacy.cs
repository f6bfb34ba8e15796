using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Privacy;

/// <summary>A patient's data export, and erasure of their identity that keeps the clinical and
/// pharmacovigilance record under a pseudonym (ADR 0412).</summary>
public sealed class PatientPrivacy(MesoSafeDbContext db, PatientRecords records, TimeProvider clock)
{
    /// <summary>What an erased name reads as: lists stay readable, nothing identifies the person.</summary>
    public const string ErasedName = "Erased";

    public const int MaxReasonLength = 1000;

    /// <summary>Staff may not see the patient: null (404). The practitioners of the patient's clinic
    /// and the patient themself may export; other staff of the clinic are refused (403).</summary>
    public async Task<RecordOutcome<PatientExport>?> ExportAsync(CallerScope scope, Guid patientId, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
        {
            return null;
        }

        if (!scope.OwnPatientIds.Contains(patientId) && !(scope.IsPractitioner && scope.ClinicIds.Contains(patient.ClinicId)))
        {
            return RecordOutcome<PatientExport>.Failure([Forbidden("Only a practitioner of the patient's clinic, or the patient, exports the patient's data.")]);
        }

        var record = (await records.GetRecordAsync(scope, patientId, ct))!; // audits the read
        var readings = await db.CheckInReadings.AsNoTracking().Where(r => r.PatientId == patientId)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var account = patient.UserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new ExportedAccount(u.Id, u.UserName, u.Email, u.DisplayName, u.LockoutEnd != null && u.LockoutEnd > clock.GetUtcNow()))
                .FirstOrDefaultAsync(ct)
            : null;
        var audit = (await db.AuditEntries.AsNoTracking().Where(a => a.PatientId == patientId).ToListAsync(ct))
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToList();
        var erasure = await db.PatientErasures.AsNoTracking().FirstOrDefaultAsync(e => e.PatientId == patientId, ct);
        return new PatientExport(record, readings, account, audit, erasure, clock.GetUtcNow());
    }

    /// <summary>Erases the identity of a patient of the administrator's clinic in one transaction:
    /// names, contact and the day and month of birth go; sex, the clinical record and every adverse
    /// event stay under the patient's id (a pseudonym); the sign-in is disabled and loses its e-mail.</summary>
    public async Task<RecordOutcome<PatientErasure>?> EraseAsync(CallerScope scope, Guid patientId, ErasureInput input, CancellationToken ct)
    {
        var patient = await db.Patients.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null || !scope.IsStaff)
        {
            return null;
        }

        if (!(scope.IsAdmin && scope.ClinicIds.Contains(patient.ClinicId)))
        {
            return RecordOutcome<PatientErasure>.Failure([Forbidden("Only an administrator of the patient's clinic erases a patient's identity.")]);
        }

        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return RecordOutcome<PatientErasure>.Failure([RecordProblem.Invalid("reason", Clinical.Json.RequestErrorCodes.Required, "Give the reason for the erasure (it is kept in the audit).")]);
        }

        if (reason.Length > MaxReasonLength)
        {
            return RecordOutcome<PatientErasure>.Failure([RecordProblem.Invalid("reason", RecordProblemCodes.FieldTooLong, $"reason is at most {MaxReasonLength} characters.")]);
        }

        if (await db.PatientErasures.AnyAsync(e => e.PatientId == patientId, ct))
        {
            return RecordOutcome<PatientErasure>.Failure([new RecordProblem(ProblemKind.Conflict, RecordProblemCodes.PatientAlreadyErased, "id", "This patient's identity is already erased.")]);
        }

        var now = clock.GetUtcNow();
        patient.GivenName = ErasedName;
        patient.FamilyName = ErasedName;
        patient.BirthDate = patient.BirthDate is { } born ? new DateOnly(born.Year, 1, 1) : null;
        patient.Email = null;
        patient.Phone = null;
        var erasure = new PatientErasure { PatientId = patient.Id, ClinicId = patient.ClinicId, ErasedAt = now, ErasedBy = scope.UserId, Reason = reason, AccountId = patient.UserId };
        db.PatientErasures.Add(erasure);
        if (patient.UserId is { } userId && await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) is { } account)
        {
            var name = "erased-" + account.Id.ToString("N");
            account.UserName = name;
            account.NormalizedUserName = name.ToUpperInvariant();
            account.Email = null;
            account.NormalizedEmail = null;
            account.EmailConfirmed = false;
            account.PhoneNumber = null;
            account.DisplayName = null;
            account.PasswordHash = null;
            account.LockoutEnabled = true;
            account.LockoutEnd = DateTimeOffset.MaxValue;
            // A new stamp ends every sign-in of the account.
            account.SecurityStamp = Guid.NewGuid().ToString("N");
        }

        // The patient's version guards against a racing edit: of two erasures one saves (ADR 0406).
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return RecordOutcome<PatientErasure>.Failure([new RecordProblem(ProblemKind.Conflict, RecordProblemCodes.PatientAlreadyErased, "id", "This patient's identity was erased or changed meanwhile.")]);
        }

        return erasure;
    }

    private static RecordProblem Forbidden(string message) => new(ProblemKind.Invalid, RecordProblemCodes.Forbidden, "id", message);
}
