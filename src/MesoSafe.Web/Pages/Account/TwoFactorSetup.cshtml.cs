using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Features.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace MesoSafe.Web.Pages.Account;

/// <summary>Setting up two-factor sign-in with an authenticator app (ADR 0411): a QR code of the
/// account's key (QRCoder, as SVG), the key as text for typing, a code to prove the app has it,
/// then ten recovery codes shown once. The /Account folder is open to anonymous callers, so each
/// handler asks for a signed-in account itself.</summary>
public sealed class TwoFactorSetupModel(
    UserManager<ClinicUser> users, SignInManager<ClinicUser> signIn, TwoFactorEnrolment enrolment) : PageModel
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "MesoSafe";

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code your authenticator app shows.")]
    [StringLength(16, ErrorMessage = "Enter the 6-digit code your authenticator app shows.")]
    [Display(Name = "Code from the app")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Enabled { get; private set; }

    /// <summary>Set when the clinic requires it and it is not on yet: the page says why it came first.</summary>
    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeSvg { get; private set; } = string.Empty;

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, right after they are made.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } user ? await ShowAsync(user) : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        var digits = TwoFactorSignIn.StripSeparators(Code!);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right: enter the code your app shows now.");
            return await ShowAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        RecoveryCodes = [.. codes ?? []];
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        ModelState.Clear();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        }

        return await ShowAsync(user);
    }

    private async Task<IActionResult> ShowAsync(ClinicUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = !Enabled && await enrolment.IsRequiredAsync(user.Id, HttpContext.RequestAborted);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            SharedKey = Grouped(key!);
            QrCodeSvg = QrSvg(AuthenticatorUri(await users.GetEmailAsync(user) ?? user.Id.ToString(), key!));
        }

        return Page();
    }

    /// <summary>The otpauth URI authenticator apps read (Google Authenticator's key-uri format).</summary>
    public static string AuthenticatorUri(string account, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    private static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute, null);
    }

    private static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
