using System.Text.Json;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

/// <summary>A practitioner turns on two-factor sign-in (ADR 0411) in Chromium: scans nothing but
/// reads the key the page shows, computes the code with Otp.NET (RFC 6238, the real clock, as
/// Identity does), gets recovery codes, signs out, and signs in again with password and code.
/// The account is new, so the demo accounts the other journeys use are untouched.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorJourney(RunningApp app)
{
    private const string Password = "a quiet walk by the river 2026";

    [Fact]
    public async Task A_practitioner_sets_up_an_authenticator_and_signs_in_with_its_code()
    {
        var email = $"two-factor-{Guid.NewGuid():N}@demo.mesosafe.test";
        await CreatePractitionerAsync(email);
        var page = await SignInAsync(await app.NewPageAsync(), email);
        await page.GotoAsync("/Account/TwoFactorSetup");
        await Expect(page.Locator(".qr-code svg")).ToBeVisibleAsync();
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        await page.GetByLabel("Code from the app").FillAsync(Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await app.ScreenshotAsync(page, "two-factor-recovery-codes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await SignInAsync(page, email);
        await page.WaitForURLAsync(url => url.Contains("/Account/TwoFactor", StringComparison.Ordinal));
        await page.GetByLabel("Code").FillAsync("000000" == Code(key) ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#Code-error")).ToContainTextAsync("That code is not right");
        await page.GetByLabel("Code").FillAsync(Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));

        var response = await page.GotoAsync("/Practitioner");
        Assert.Equal(200, response!.Status);
        Assert.EndsWith("/Practitioner", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    private static async Task<IPage> SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    /// <summary>Through the users API as the demo administrator, in the demo clinic.</summary>
    private async Task CreatePractitionerAsync(string email)
    {
        var admin = await app.NewPageAsync();
        var token = await admin.APIRequest.PostAsync("/api/v1/auth/token", new() { DataObject = new { email = "admin@demo.mesosafe.test", password = RunningApp.DemoPassword } });
        var bearer = new Dictionary<string, string> { ["Authorization"] = "Bearer " + JsonDocument.Parse(await token.TextAsync()).RootElement.GetProperty("accessToken").GetString() };
        var clinics = await admin.APIRequest.GetAsync("/api/v1/clinics", new() { Headers = bearer });
        var clinicId = JsonDocument.Parse(await clinics.TextAsync()).RootElement[0].GetProperty("id").GetGuid();
        var created = await admin.APIRequest.PostAsync("/api/v1/users", new()
        {
            Headers = bearer,
            DataObject = new { email, password = Password, role = "practitioner", displayName = "Two-Factor Test", clinicIds = new[] { clinicId } },
        });
        Assert.True(created.Ok, $"creating {email}: {created.Status} {await created.TextAsync()}");
        await admin.Context.CloseAsync();
    }
}
