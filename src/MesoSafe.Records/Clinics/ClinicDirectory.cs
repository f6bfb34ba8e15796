using MesoSafe.Clinical.Json;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Clinics;

/// <summary>One account as the administrator's list shows it: roles and (the caller's) clinics by name.</summary>
public sealed record AccountListing(string Name, string Email, string Roles, string Clinics);

/// <summary>Clinics and the people in them, as the administrator reads them (their own clinics
/// only, ADR 0409), the clinic's telephone (the number patients are given when the clinic must call
/// them), and the creation and renaming of clinics.</summary>
public sealed class ClinicDirectory(MesoSafeDbContext db, TimeProvider clock)
{
    public const int MaxAccounts = 500;

    /// <summary>The caller's clinics by name; another clinic is never listed, not even by name.</summary>
    public async Task<IReadOnlyList<Clinic>> ClinicsAsync(CallerScope scope, CancellationToken ct)
    {
        var ids = scope.ClinicIds.ToList();
        return await db.Clinics.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(ct);
    }

    /// <summary>The first <see cref="MaxAccounts"/> accounts of the caller's clinics by e-mail: staff
    /// who work for one of them and patients whose record is in one of them. An account that also
    /// works for another clinic shows only the caller's clinics.</summary>
    public async Task<IReadOnlyList<AccountListing>> AccountsAsync(CallerScope scope, CancellationToken ct)
    {
        if (!scope.IsAdmin)
        {
            return [];
        }

        var clinics = scope.ClinicIds.ToList();
        var clinicNames = await db.Clinics.AsNoTracking().Where(c => clinics.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.Memberships.Any(m => clinics.Contains(m.ClinicId)) || db.Patients.Any(p => p.UserId == u.Id && clinics.Contains(p.ClinicId)))
            .OrderBy(u => u.Email).Take(MaxAccounts).ToListAsync(ct);
        var ids = people.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var memberships = await db.ClinicMemberships.AsNoTracking().Where(m => ids.Contains(m.UserId) && clinics.Contains(m.ClinicId)).ToListAsync(ct);
        return [.. people.Select(u => new AccountListing(
            u.DisplayName ?? "",
            u.Email ?? "",
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
            string.Join(", ", memberships.Where(m => m.UserId == u.Id).Select(m => clinicNames.GetValueOrDefault(m.ClinicId, "?")))))];
    }

    /// <summary>Sets (or with null removes) the telephone of one of the caller's clinics; null when
    /// the clinic is not the caller's.</summary>
    public async Task<Clinic?> SetTelephoneAsync(CallerScope scope, Guid clinicId, string? telephone, CancellationToken ct)
    {
        var clinic = scope.ClinicIds.Contains(clinicId) ? await db.Clinics.FirstOrDefaultAsync(c => c.Id == clinicId, ct) : null;
        if (clinic is null)
        {
            return null;
        }

        clinic.Telephone = telephone;
        await db.SaveChangesAsync(ct);
        return clinic;
    }

    /// <summary>Whether the clinic exists and is one of the caller's.</summary>
    public async Task<bool> IsOwnAsync(CallerScope scope, Guid clinicId, CancellationToken ct) =>
        scope.ClinicIds.Contains(clinicId) && await db.Clinics.AnyAsync(c => c.Id == clinicId, ct);

    /// <summary>An administrator opens a clinic and works for it from now on (so the chain can grow
    /// without SQL). Audited as every write is (the context's save).</summary>
    public async Task<RecordOutcome<Clinic>> CreateAsync(CallerScope scope, string? name, CancellationToken ct)
    {
        if (!scope.IsAdmin)
        {
            return RecordProblem.NotFound("clinics");
        }

        var (trimmed, problems) = await CheckNameAsync(name, null, ct);
        if (problems.Count > 0)
        {
            return RecordOutcome<Clinic>.Failure(problems);
        }

        var clinic = new Clinic { Name = trimmed!, CreatedAt = clock.GetUtcNow() };
        db.Clinics.Add(clinic);
        db.ClinicMemberships.Add(new ClinicMembership { UserId = scope.UserId, ClinicId = clinic.Id });
        await db.SaveChangesAsync(ct);
        return clinic;
    }

    /// <summary>Renames one of the administrator's clinics; another clinic is "not found". A clinic
    /// has no version (no migration for it), so of two renames at once the last one stands; both
    /// are in the audit trail.</summary>
    public async Task<RecordOutcome<Clinic>> RenameAsync(CallerScope scope, Guid clinicId, string? name, CancellationToken ct)
    {
        var clinic = scope.IsAdmin && scope.ClinicIds.Contains(clinicId) ? await db.Clinics.FirstOrDefaultAsync(c => c.Id == clinicId, ct) : null;
        if (clinic is null)
        {
            return RecordProblem.NotFound("id");
        }

        var (trimmed, problems) = await CheckNameAsync(name, clinicId, ct);
        if (problems.Count > 0)
        {
            return RecordOutcome<Clinic>.Failure(problems);
        }

        clinic.Name = trimmed!;
        await db.SaveChangesAsync(ct);
        return clinic;
    }

    /// <summary>Required, within <see cref="RecordBounds.ClinicName"/>, and no other clinic of the
    /// chain by that name (any case): two clinics of one name could not be told apart.</summary>
    private async Task<(string? Name, List<RecordProblem> Problems)> CheckNameAsync(string? name, Guid? except, CancellationToken ct)
    {
        var problems = new List<RecordProblem>();
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            problems.Add(RecordProblem.Invalid("name", RequestErrorCodes.Required, "name is the clinic's name."));
            return (null, problems);
        }

        if (!RecordBounds.ClinicName.Check(trimmed, problems))
        {
            return (null, problems);
        }

        // A chain has tens of clinics, not thousands: compared here, the same on both databases.
        var names = await db.Clinics.AsNoTracking().Where(c => c.Id != except).Select(c => c.Name).ToListAsync(ct);
        if (names.Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new RecordProblem(ProblemKind.Conflict, RecordProblemCodes.ClinicNameTaken, "name", $"A clinic named {trimmed} exists already."));
        }

        return (trimmed, problems);
    }
}
