using MesoSafe.Records.Clinics;
using MesoSafe.Web.Features.Problems;
using Microsoft.AspNetCore.Identity;

namespace MesoSafe.Web.Features.Auth;

/// <summary>The second factor of a bearer-token request (ADR 0411): the authenticator app's code or
/// one of the account's recovery codes. A wrong code counts toward lockout like a wrong password.</summary>
internal static class TwoFactorSignIn
{
    /// <summary>Null when the account may have its token; otherwise the problem's code and detail.</summary>
    public static async Task<(string Code, string Detail)?> CheckBearerAsync(
        UserManager<ClinicUser> users, TwoFactorEnrolment enrolment, ClinicUser user, string? code)
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return await enrolment.IsRequiredAsync(user.Id)
                ? (ApiProblemCodes.TwoFactorEnrolmentRequired,
                    "This clinic requires two-factor sign-in for administrators: sign in on the sign-in page once to set it up.")
                : null;
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return (ApiProblemCodes.TwoFactorRequired, "This account signs in with two factors: send twoFactorCode, the code of the authenticator app.");
        }

        if (await VerifyAsync(users, user, code))
        {
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user)
            ? (ApiProblemCodes.LockedOut, "Too many failed attempts: the account is locked for a while.")
            : (ApiProblemCodes.TwoFactorInvalid, "The two-factor code is not right (or has expired): use the current code of the authenticator app.");
    }

    /// <summary>The authenticator's digits (spaces and dashes as typed are ignored), else a recovery code (used once).</summary>
    public static async Task<bool> VerifyAsync(UserManager<ClinicUser> users, ClinicUser user, string code)
    {
        var digits = StripSeparators(code);
        if (digits.Length == 6 && digits.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return true;
        }

        return (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim())).Succeeded;
    }

    public static string StripSeparators(string code) =>
        code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
