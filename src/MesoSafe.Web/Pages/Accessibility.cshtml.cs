using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages;

/// <summary>The accessibility statement: open to everyone, signed in or not.</summary>
[AllowAnonymous]
public sealed class AccessibilityModel : PageModel
{
    public void OnGet()
    {
    }
}
