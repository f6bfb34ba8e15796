using MesoSafe.Records.Patients;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Clinics;

/// <summary>An account to create: its sign-in, one role, the clinics it works for and, for a
/// patient, the record it opens.</summary>
public sealed record NewAccount(
    string Email,
    string? DisplayName,
    string Password,
    string Role,
    IReadOnlyCollection<Guid> ClinicIds,
    Patient? Patient = null,
    bool EmailConfirmed = false);

/// <summary>Why Identity refused an account: <see cref="Field"/> is "password" or "email".</summary>
public sealed record AccountError(string Field, string Code, string Description);

/// <summary>The one place accounts are written (users API, administrator page, demo seed), so the
/// user, its role, its memberships and its patient link are always made the same way.</summary>
public sealed class ClinicAccounts(MesoSafeDbContext db, UserManager<ClinicUser> users)
{
    public const string PasswordField = "password";
    public const string EmailField = "email";

    /// <summary>Creates the account; on refusal returns Identity's reasons and writes nothing.
    /// The caller has checked the role and that the clinics are its own.</summary>
    public async Task<(ClinicUser? User, IReadOnlyList<AccountError> Errors)> CreateAsync(NewAccount account, CancellationToken ct)
    {
        var user = new ClinicUser
        {
            UserName = account.Email,
            Email = account.Email,
            DisplayName = account.DisplayName,
            EmailConfirmed = account.EmailConfirmed,
        };
        // The user, its role, its memberships and its patient link are several saves: one
        // transaction, so a failure stores none of them.
        await using var transaction = await WriteTransaction.BeginAsync(db, ct);
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, account.Password);
        }
        catch (DbUpdateException)
        {
            // Two requests creating the same e-mail at once: both passed Identity's duplicate check,
            // the unique index refused the second. The same answer as a duplicate found beforehand.
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(ct);
            var duplicate = new IdentityErrorDescriber().DuplicateUserName(account.Email);
            return (null, [new AccountError(EmailField, duplicate.Code, duplicate.Description)]);
        }

        if (!created.Succeeded)
        {
            return (null, [.. created.Errors.Select(e => new AccountError(
                e.Code.Contains("Password", StringComparison.Ordinal) ? PasswordField : EmailField, e.Code, e.Description))]);
        }

        // The caller has checked the role against ClinicRoles.All; the role rows come with the
        // database's set-up (the demo seed or the operator), as they always have.
        await users.AddToRoleAsync(user, account.Role);
        db.ClinicMemberships.AddRange(account.ClinicIds.Distinct().Select(c => new ClinicMembership { UserId = user.Id, ClinicId = c }));
        if (account.Patient is not null)
        {
            account.Patient.UserId = user.Id;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (user, []);
    }
}
