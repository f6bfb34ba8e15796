using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Features.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Account;

/// <summary>The second step of signing in for an account with two-factor sign-in: the password was
/// right (Identity's two-factor cookie remembers who), now the authenticator's code or a recovery
/// code. Wrong codes count toward lockout.</summary>
public sealed class TwoFactorModel(SignInManager<ClinicUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [StringLength(64, ErrorMessage = "Enter the 6-digit code or a recovery code.")]
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>No password step is pending (it expired, or the page was opened directly): the page
    /// says so and links to the sign-in page, rather than sending the visitor there unexplained.</summary>
    public bool NothingPending { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        NothingPending = await signIn.GetTwoFactorAuthenticationUserAsync() is null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            NothingPending = true;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var digits = TwoFactorSignIn.StripSeparators(Code!);
        var result = digits.Length == 6 && digits.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code!.Trim());
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(Code), "Too many attempts: this account is locked for a few minutes.");
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Code), "That code is not right: enter the code your app shows now.");
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
