using MesoSafe.Records;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>The clinic setting "administrators sign in with two factors" (ADR 0411), for the
/// administrator's own clinics. Turning it on makes every administrator of the clinic without
/// two-factor sign-in set it up at their next request.</summary>
public sealed class TwoFactorModel(MesoSafeDbContext db, PageCaller caller) : PageModel
{
    public IReadOnlyList<Clinic> MyClinics { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => MyClinics = await MyClinicsAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid clinicId, bool required, CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        if (!scope.ClinicIds.Contains(clinicId))
        {
            return NotFound();
        }

        var clinic = await db.Clinics.SingleAsync(c => c.Id == clinicId, ct);
        clinic.RequireAdminTwoFactor = required;
        await db.SaveChangesAsync(ct);
        Saved = required
            ? $"{clinic.Name}: administrators now sign in with two factors."
            : $"{clinic.Name}: two-factor sign-in is optional for administrators.";
        MyClinics = await MyClinicsAsync(ct);
        return Page();
    }

    private async Task<IReadOnlyList<Clinic>> MyClinicsAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var ids = scope.ClinicIds.ToList();
        return await db.Clinics.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(ct);
    }
}
