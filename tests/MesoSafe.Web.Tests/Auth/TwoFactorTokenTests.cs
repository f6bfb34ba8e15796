using System.Net;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MesoSafe.Web.Tests.Auth;

/// <summary>POST /api/v1/auth/token for accounts with two-factor sign-in (ADR 0411): the code is
/// computed with a real RFC 6238 implementation from the account's key.</summary>
public sealed class TwoFactorTokenTests(RecordsFixture fixture) : IClassFixture<RecordsFixture>
{
    public enum Code
    {
        None,
        Wrong,
        Right,
        RightWithSpaces,
        Recovery,
    }

    [Theory]
    [InlineData("sqlite", Code.None, HttpStatusCode.Unauthorized, "two-factor-required")]
    [InlineData("sqlite", Code.Wrong, HttpStatusCode.Unauthorized, "two-factor-invalid")]
    [InlineData("sqlite", Code.Right, HttpStatusCode.OK, null)]
    [InlineData("sqlite", Code.RightWithSpaces, HttpStatusCode.OK, null)]
    [InlineData("sqlite", Code.Recovery, HttpStatusCode.OK, null)]
    [InlineData("postgres", Code.None, HttpStatusCode.Unauthorized, "two-factor-required")]
    [InlineData("postgres", Code.Wrong, HttpStatusCode.Unauthorized, "two-factor-invalid")]
    [InlineData("postgres", Code.Right, HttpStatusCode.OK, null)]
    [InlineData("postgres", Code.Recovery, HttpStatusCode.OK, null)]
    public async Task A_two_factor_account_needs_its_code_for_a_token(string provider, Code code, HttpStatusCode expected, string? problem)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var key = await Totp.EnableAsync(world.App, world.PractitionerEmail);
        var recovery = await Totp.RecoveryCodesAsync(world.App, world.PractitionerEmail, 2);
        var twoFactorCode = code switch
        {
            Code.Wrong => Totp.Wrong(key),
            Code.Right => Totp.Now(key),
            Code.RightWithSpaces => Totp.Now(key)[..3] + " " + Totp.Now(key)[3..],
            Code.Recovery => recovery[0],
            _ => null,
        };

        var response = await world.App.CreateClient().PostJsonAsync(
            "/api/v1/auth/token", new { email = world.PractitionerEmail, password = ClinicWorld.Password, twoFactorCode });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(problem, response.StatusCode == HttpStatusCode.OK ? null : await response.ProblemCodeAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_recovery_code_works_once(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        await Totp.EnableAsync(world.App, world.PractitionerEmail);
        var recovery = (await Totp.RecoveryCodesAsync(world.App, world.PractitionerEmail, 1))[0];
        var client = world.App.CreateClient();
        var body = new { email = world.PractitionerEmail, password = ClinicWorld.Password, twoFactorCode = recovery };

        var first = await client.PostJsonAsync("/api/v1/auth/token", body);
        var again = await client.PostJsonAsync("/api/v1/auth/token", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal("two-factor-invalid", await again.ProblemCodeAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Wrong_codes_lock_the_account_like_wrong_passwords(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var key = await Totp.EnableAsync(world.App, world.PractitionerEmail);
        var client = world.App.CreateClient();

        var codes = new List<string?>();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostJsonAsync("/api/v1/auth/token", new { email = world.PractitionerEmail, password = ClinicWorld.Password, twoFactorCode = Totp.Wrong(key) });
            codes.Add(await wrong.ProblemCodeAsync());
        }

        var right = await client.PostJsonAsync("/api/v1/auth/token", new { email = world.PractitionerEmail, password = ClinicWorld.Password, twoFactorCode = Totp.Now(key) });

        Assert.Equal(["two-factor-invalid", "two-factor-invalid", "two-factor-invalid", "two-factor-invalid", "locked-out"], codes);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("locked-out", await right.ProblemCodeAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_administrator_of_a_clinic_that_requires_two_factor_must_set_it_up_first(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var adminEmail = world.PractitionerEmail.Replace("practitioner-", "admin-", StringComparison.Ordinal);
        var before = await world.Admin.GetTestAsync("/api/v1/clinics");
        await RequireAsync(world);
        var client = world.App.CreateClient();

        var adminToken = await client.PostJsonAsync("/api/v1/auth/token", new { email = adminEmail, password = ClinicWorld.Password });
        var practitionerToken = await client.PostJsonAsync("/api/v1/auth/token", new { email = world.PractitionerEmail, password = ClinicWorld.Password });
        var oldAdminBearer = await world.Admin.GetTestAsync("/api/v1/clinics");
        var key = await Totp.EnableAsync(world.App, adminEmail);
        var enrolled = await client.PostJsonAsync("/api/v1/auth/token", new { email = adminEmail, password = ClinicWorld.Password, twoFactorCode = Totp.Now(key) });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, adminToken.StatusCode);
        Assert.Equal("two-factor-enrolment-required", await adminToken.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.OK, practitionerToken.StatusCode); // the setting is for administrators
        Assert.Equal(HttpStatusCode.Forbidden, oldAdminBearer.StatusCode);
        Assert.Equal("two-factor-enrolment-required", await oldAdminBearer.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_administrator_page_sets_the_clinic_requirement(string provider)
    {
        var world = await ClinicWorld.CreateAsync(await fixture.AppAsync(provider));
        var page = world.App.PageClient(world.Admin);

        var saved = await page.PostFormAsync("/Admin/TwoFactor", [new("clinicId", world.ClinicId.ToString()), new("required", "true")]);
        var required = await ClinicRequiresAsync(world);
        var next = await page.GetTestAsync("/Admin");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(required);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/TwoFactorSetup", next.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static Task RequireAsync(ClinicWorld world) =>
        world.App.WithDbAsync(async (db, _) =>
            await db.Clinics.Where(c => c.Id == world.ClinicId).ExecuteUpdateAsync(s => s.SetProperty(c => c.RequireAdminTwoFactor, true)));

    private static Task<bool> ClinicRequiresAsync(ClinicWorld world) =>
        world.App.WithDbAsync(async (db, _) => await db.Clinics.Where(c => c.Id == world.ClinicId).Select(c => c.RequireAdminTwoFactor).SingleAsync());
}
