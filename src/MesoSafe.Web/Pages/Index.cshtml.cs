using MesoSafe.Records.Clinics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages;

/// <summary>Signed-in users land on their role's home; everyone else sees what MesoSafe does.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Page();
        }

        if (User.IsInRole(ClinicRoles.Practitioner))
        {
            return Redirect("/Practitioner");
        }

        if (User.IsInRole(ClinicRoles.Patient))
        {
            return Redirect("/Patient");
        }

        if (User.IsInRole(ClinicRoles.SafetyOfficer))
        {
            return Redirect("/Safety/Events");
        }

        return User.IsInRole(ClinicRoles.Admin) ? Redirect("/Admin") : Page();
    }
}
