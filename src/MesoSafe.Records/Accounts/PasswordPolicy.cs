using MesoSafe.Records.Clinics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Accounts;

/// <summary>The password rules of NIST SP 800-63B (5.1.1.2), beside Identity's length check
/// (12 characters, no composition rules, configured in the host): at most
/// <see cref="MaximumLength"/> characters, not a common password, not one character or block
/// repeated nor a straight run ("aaaaaaaaaaaa", "123456789012"), and no context word: the
/// e-mail's name, a clinic's name, the service's name. All failures are reported, each with its
/// <see cref="PasswordCodes">stable code</see>.</summary>
public sealed class PasswordPolicy(MesoSafeDbContext db) : IPasswordValidator<ClinicUser>
{
    public const int MinimumLength = 12;

    /// <summary>NIST asks for at least 64; a passphrase fits, a denial-of-service blob does not.</summary>
    public const int MaximumLength = 128;

    /// <summary>Shorter pieces ("ann", "a.b") match too much by chance to be refused.</summary>
    private const int ShortestContextWord = 4;

    private static readonly string[] ServiceNames = ["mesosafe", "mesotherapy"];

    public async Task<IdentityResult> ValidateAsync(UserManager<ClinicUser> manager, ClinicUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success; // Identity's own validator reports the missing password.
        }

        var clinicNames = await db.Clinics.AsNoTracking().Select(c => c.Name).ToListAsync();
        var errors = Check(password, user.Email, clinicNames).Select(code => new IdentityError { Code = code, Description = Describe(code) }).ToArray();
        return errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors);
    }

    /// <summary>The codes a password earns, in a fixed order; empty when it is acceptable.
    /// Length below the minimum is Identity's <see cref="PasswordCodes.TooShort"/>.</summary>
    public static IReadOnlyList<string> Check(string password, string? email, IEnumerable<string> clinicNames)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(clinicNames);
        var codes = new List<string>();
        if (password.Length > MaximumLength)
        {
            codes.Add(PasswordCodes.TooLong);
        }

        if (CommonPasswords.Contains(password))
        {
            codes.Add(PasswordCodes.Common);
        }

        if (IsRepetitive(password))
        {
            codes.Add(PasswordCodes.Repetitive);
        }

        var letters = Letters(password);
        if (EmailWords(email).Any(letters.Contains))
        {
            codes.Add(PasswordCodes.ContainsEmail);
        }

        if (clinicNames.Select(Letters).Any(name => name.Length >= ShortestContextWord && letters.Contains(name, StringComparison.Ordinal)))
        {
            codes.Add(PasswordCodes.ContainsClinicName);
        }

        if (ServiceNames.Any(letters.Contains))
        {
            codes.Add(PasswordCodes.ContainsServiceName);
        }

        return codes;
    }

    public static string Describe(string code) => code switch
    {
        PasswordCodes.TooLong => $"Use at most {MaximumLength} characters.",
        PasswordCodes.Common => "This password is one of the most common passwords: choose another (a few unrelated words make a good one).",
        PasswordCodes.Repetitive => "A password that repeats one character or block, or runs straight (123456789012), is guessed first: choose another.",
        PasswordCodes.ContainsEmail => "The password must not contain the e-mail address's name.",
        PasswordCodes.ContainsClinicName => "The password must not contain the clinic's name.",
        PasswordCodes.ContainsServiceName => "The password must not contain the name of the service (MesoSafe).",
        _ => code,
    };

    /// <summary>One block repeated to the end ("aaaa", "abab", "123123"), or each character one
    /// step up or down from the previous one ("abcdef", "987654", "123456789012").</summary>
    private static bool IsRepetitive(string password)
    {
        for (var block = 1; block <= password.Length / 2; block++)
        {
            if (password.Length % block == 0 && RepeatsBlock(password, block))
            {
                return true;
            }
        }

        if (password.Length < 3)
        {
            return false;
        }

        var step = Step(password[0], password[1]);
        if (step is not (1 or -1))
        {
            return false;
        }

        for (var i = 2; i < password.Length; i++)
        {
            if (Step(password[i - 1], password[i]) != step)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Digits run round the keyboard's row: "890" steps up, like "123".</summary>
    private static int Step(char from, char to) =>
        char.IsAsciiDigit(from) && char.IsAsciiDigit(to)
            ? ((to - from + 10) % 10) switch { 1 => 1, 9 => -1, _ => 0 }
            : to - from;

    private static bool RepeatsBlock(string password, int block)
    {
        for (var i = block; i < password.Length; i++)
        {
            if (password[i] != password[i - block])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The e-mail's local part whole and its words ("ann.lee-2" gives "annlee2", "lee2"...),
    /// letters and digits only, lower case, at least <see cref="ShortestContextWord"/> long.</summary>
    private static IEnumerable<string> EmailWords(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return [];
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = at < 0 ? email : email[..at];
        var words = local.Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries).Select(Letters).Append(Letters(local));
        return words.Where(w => w.Length >= ShortestContextWord).Distinct();
    }

    private static string Letters(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
