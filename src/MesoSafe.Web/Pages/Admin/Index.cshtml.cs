using MesoSafe.Records.Clinics;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>Clinics, their people and each person's roles; the administrator adds a staff account
/// with its role and clinics (ASP.NET Core Identity, as the users API does).</summary>
public sealed class IndexModel(ClinicDirectory directory, ClinicAccounts accounts, PageCaller caller) : PageModel
{
    /// <summary>Roles an administrator gives here; a patient account is tied to a patient record instead.</summary>
    public static IReadOnlyList<string> StaffRoles { get; } = [.. ClinicRoles.All.Where(r => r != ClinicRoles.Patient)];

    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];

    /// <summary>The administrator's own clinics: the only ones a new account can join.</summary>
    public IReadOnlyList<Clinic> MyClinics { get; private set; } = [];

    public IReadOnlyList<(string Name, string Email, string Roles, string Clinics)> People { get; private set; } = [];

    [BindProperty]
    public UserForm Form { get; set; } = new();

    [TempData]
    public string? Added { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The number patients are given when the clinic must call them today (an unread check-in).</summary>
    public async Task<IActionResult> OnPostTelephoneAsync(Guid clinicId, string? telephone, CancellationToken ct)
    {
        ModelState.Clear();
        var scope = await caller.ScopeAsync(ct);
        if (!await directory.IsOwnAsync(scope, clinicId, ct))
        {
            return NotFound();
        }

        var number = string.IsNullOrWhiteSpace(telephone) ? null : telephone.Trim();
        if (number is not null && !ClinicTelephone.IsValid(number))
        {
            ModelState.AddModelError("telephone-" + clinicId, ClinicTelephone.Rule);
            TelephoneTyped = number;
            await LoadAsync(ct);
            return Page();
        }

        var clinic = await directory.SetTelephoneAsync(scope, clinicId, number, ct);
        if (clinic is null)
        {
            return NotFound();
        }

        Added = number is null ? $"{clinic.Name}: telephone removed." : $"{clinic.Name}: telephone set to {number}.";
        return RedirectToPage();
    }

    /// <summary>A rejected telephone number, shown back as typed.</summary>
    public string? TelephoneTyped { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        if (Form.Role is not null && !StaffRoles.Contains(Form.Role))
        {
            ModelState.AddModelError("Form.Role", "Choose one of: " + string.Join(", ", StaffRoles) + ".");
        }

        if (Form.ClinicIds.Count == 0)
        {
            ModelState.AddModelError("Form.ClinicIds", "Staff belong to at least one clinic: tick one.");
        }
        else if (Form.ClinicIds.Any(c => !scope.ClinicIds.Contains(c)))
        {
            ModelState.AddModelError("Form.ClinicIds", "You can only add people to your own clinics.");
        }

        if (ModelState.IsValid)
        {
            var email = Form.Email!.Trim();
            var displayName = string.IsNullOrWhiteSpace(Form.DisplayName) ? null : Form.DisplayName.Trim();
            var (user, errors) = await accounts.CreateAsync(new NewAccount(email, displayName, Form.Password!, Form.Role!, Form.ClinicIds), ct);
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field == ClinicAccounts.PasswordField ? "Form.Password" : "Form.Email", error.Description);
            }

            if (user is not null)
            {
                Added = email + " added as " + Form.Role + ".";
                return RedirectToPage();
            }
        }

        // The password is never sent back into the page.
        Form.Password = null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        // Only the administrator's own clinics and their people (ADR 0409).
        Clinics = await directory.ClinicsAsync(scope, ct);
        MyClinics = Clinics;
        People = [.. (await directory.AccountsAsync(scope, ct)).Select(a => (a.Name, a.Email, a.Roles, a.Clinics))];
    }
}
