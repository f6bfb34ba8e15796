using MesoSafe.Records;
using MesoSafe.Records.Clinics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>Clinics, their people and each person's roles (read-only).</summary>
public sealed class IndexModel(MesoSafeDbContext db) : PageModel
{
    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];

    public IReadOnlyList<(string Name, string Email, string Roles, string Clinics)> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Clinics = await db.Clinics.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var clinicNames = Clinics.ToDictionary(c => c.Id, c => c.Name);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Take(500).ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking().Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var memberships = await db.ClinicMemberships.AsNoTracking().ToListAsync(ct);
        People = [.. users.Select(u => (
            u.DisplayName ?? "",
            u.Email ?? "",
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
            string.Join(", ", memberships.Where(m => m.UserId == u.Id).Select(m => clinicNames.GetValueOrDefault(m.ClinicId, "?")))))];
    }
}
