using System.Net;
using MesoSafe.Web.Tests.Records;
using Xunit;

namespace MesoSafe.Web.Tests.Auth;

/// <summary>The password policy (ADR 0411) as the users API answers it: the field is "password"
/// and the code is the policy's stable code, on both databases (clinic names are read from them).</summary>
public sealed class PasswordPolicyApiTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    public static readonly TheoryData<string, string, string?> Cases = Build();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_users_api_names_the_password_rule_that_refused(string provider, string password, string? code)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var email = $"rowan.ashdown-{Guid.NewGuid():N}@example.test";
        var clinicName = await world.App.WithDbAsync(async (db, _) => (await db.Clinics.FindAsync(world.ClinicId))!.Name);

        var response = await world.Admin.PostJsonAsync("/api/v1/users", new
        {
            email,
            password = password.Replace("{clinic}", clinicName, StringComparison.Ordinal),
            role = "practitioner",
            clinicIds = new[] { world.ClinicId },
        });

        if (code is null)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["password"], await response.ProblemFieldsAsync());
        Assert.Contains("\"identity-" + code.ToLowerInvariant() + "\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static TheoryData<string, string, string?> Build()
    {
        var rows = new (string Password, string? Code)[]
        {
            ("a quiet walk by the river", null),
            ("short one", "PasswordTooShort"),
            (new string('x', 60) + string.Concat(Enumerable.Range(0, 69).Select(i => (char)('a' + (i % 26)))), "PasswordTooLong"),
            ("1q2w3e4r5t6y", "PasswordCommon"),
            ("7777777777777777", "PasswordRepetitive"),
            ("ashdown family garden", "PasswordContainsEmail"),
            ("the {clinic} team rocks", "PasswordContainsClinicName"),
        };
        var data = new TheoryData<string, string, string?>();
        foreach (var provider in TestDatabase.Providers)
        {
            foreach (var (password, code) in rows)
            {
                data.Add(provider, password, code);
            }
        }

        return data;
    }
}
