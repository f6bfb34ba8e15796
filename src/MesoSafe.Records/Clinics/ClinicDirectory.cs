using MesoSafe.Records.Access;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Clinics;

/// <summary>One account as the administrator's list shows it: roles and clinics by name.</summary>
public sealed record AccountListing(string Name, string Email, string Roles, string Clinics);

/// <summary>Clinics and the people in them, as the administrator reads them, and the clinic's
/// telephone (the number patients are given when the clinic must call them).</summary>
public sealed class ClinicDirectory(MesoSafeDbContext db)
{
    public const int MaxAccounts = 500;

    public async Task<IReadOnlyList<Clinic>> ClinicsAsync(CancellationToken ct) =>
        await db.Clinics.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);

    /// <summary>The first <see cref="MaxAccounts"/> accounts by e-mail.</summary>
    public async Task<IReadOnlyList<AccountListing>> AccountsAsync(CancellationToken ct)
    {
        var clinicNames = await db.Clinics.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var people = await db.Users.AsNoTracking().OrderBy(u => u.Email).Take(MaxAccounts).ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var memberships = await db.ClinicMemberships.AsNoTracking().ToListAsync(ct);
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
}
