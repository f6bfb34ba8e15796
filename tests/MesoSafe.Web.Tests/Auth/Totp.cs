using MesoSafe.Records.Clinics;
using MesoSafe.Web.Tests.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace MesoSafe.Web.Tests.Auth;

/// <summary>RFC 6238 codes computed by Otp.NET, an implementation independent of Identity's, from
/// the account's authenticator key. Identity checks codes against the real clock (it takes no
/// TimeProvider), so these do too.</summary>
internal static class Totp
{
    public static string Now(string base32Key) => new OtpNet.Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow);

    /// <summary>Six digits that are none of the codes Identity accepts now (it allows two steps either side).</summary>
    public static string Wrong(string base32Key)
    {
        var totp = new OtpNet.Totp(Base32Encoding.ToBytes(base32Key));
        var valid = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30 * step))).ToHashSet();
        return new[] { "000000", "111111", "222222", "333333" }.First(c => !valid.Contains(c));
    }

    /// <summary>Turns two-factor sign-in on for the account as the set-up page does; returns its key.</summary>
    public static async Task<string> EnableAsync(RecordsApp app, string email) =>
        await app.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<ClinicUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });

    public static async Task<IReadOnlyList<string>> RecoveryCodesAsync(RecordsApp app, string email, int count) =>
        await app.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<ClinicUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
            return (IReadOnlyList<string>)[.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, count) ?? []];
        });
}
