using MesoSafe.Records.Accounts;
using Xunit;

namespace MesoSafe.Records.Tests.Accounts;

/// <summary>The NIST SP 800-63B rules beside Identity's length check, one row per case; each row
/// names the codes a password earns (none: accepted).</summary>
public sealed class PasswordPolicyTests
{
    private const string Email = "ann.lee-smith@rosewood.example";
    private static readonly string[] Clinics = ["Rosewood Aesthetics", "Demo Aesthetic Clinic"];

    [Theory]
    [InlineData("correct horse battery staple", "")]
    [InlineData("demo-password-2026", "")]
    [InlineData("lowercase only words here", "")] // no composition rules
    [InlineData("4815162342sunrise", "")]
    [InlineData("123qweasdzxc", PasswordCodes.Common)] // line 2,000 or so of the list, 12 characters
    [InlineData("1q2w3e4r5t6y", PasswordCodes.Common)]
    [InlineData("QWERTYQWERTY", PasswordCodes.Common + "," + PasswordCodes.Repetitive)] // the list ignores case
    [InlineData("aaaaaaaaaaaaaaaa", PasswordCodes.Repetitive)]
    [InlineData("abcabcabcabcabc", PasswordCodes.Repetitive)]
    [InlineData("123456789012", PasswordCodes.Repetitive)]
    [InlineData("zyxwvutsrqpon", PasswordCodes.Repetitive)]
    [InlineData("my name is annleesmith ok", PasswordCodes.ContainsEmail)]
    [InlineData("smith-is-my-family-name", PasswordCodes.ContainsEmail)]
    [InlineData("Rosewood-Aesthetics-2026", PasswordCodes.ContainsClinicName)]
    [InlineData("i work at demoaestheticclinic", PasswordCodes.ContainsClinicName)]
    [InlineData("my MesoSafe password 2026", PasswordCodes.ContainsServiceName)]
    public void A_password_earns_its_codes(string password, string expected)
    {
        var codes = PasswordPolicy.Check(password, Email, Clinics);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), codes);
    }

    [Fact]
    public void The_maximum_is_at_least_the_64_NIST_asks_for_and_longer_is_refused()
    {
        var longest = string.Concat(Enumerable.Range(0, PasswordPolicy.MaximumLength).Select(i => (char)('a' + (i * 7 % 26))));

        Assert.True(PasswordPolicy.MaximumLength >= 64);
        Assert.Empty(PasswordPolicy.Check(longest, Email, Clinics));
        Assert.Equal([PasswordCodes.TooLong], PasswordPolicy.Check(longest + "q", Email, Clinics));
    }

    [Fact]
    public void The_common_list_is_the_whole_top_ten_thousand()
    {
        // 10,000 lines; 87 differ from another only by case ("Password", "password").
        Assert.Equal(9_913, CommonPasswords.Count);
        Assert.True(CommonPasswords.Contains("123456"));
        Assert.True(CommonPasswords.Contains("PASSWORD"));
        Assert.False(CommonPasswords.Contains("demo-password-2026"));
    }

    [Fact]
    public void Every_code_has_a_sentence_for_people()
    {
        var codes = typeof(PasswordCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(c => c != PasswordCodes.TooShort);

        Assert.All(codes, c => Assert.NotEqual(c, PasswordPolicy.Describe(c)));
    }
}
