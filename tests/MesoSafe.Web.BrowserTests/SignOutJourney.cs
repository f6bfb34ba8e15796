using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignOutJourney(RunningApp app)
{
    [Theory]
    [InlineData("practitioner@demo.mesosafe.test", "/Practitioner")]
    [InlineData("patient@demo.mesosafe.test", "/Patient")]
    [InlineData("officer@demo.mesosafe.test", "/Safety/Events")]
    [InlineData("admin@demo.mesosafe.test", "/Admin")]
    public async Task Sign_out_ends_the_session_and_the_old_cookie_is_refused(string email, string home)
    {
        var page = await app.SignedInAsync(email);
        await page.GotoAsync(home);
        var oldCookies = await page.Context.CookiesAsync();
        Assert.Contains(oldCookies, c => c.Name == "MesoSafe.Auth");
        var before = await page.APIRequest.GetAsync("/api/v1/clinics");
        Assert.NotEqual(401, before.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "MesoSafe.Auth");
        await page.Context.CloseAsync();

        // Someone who kept a copy of the cookie: refused by the pages and by the API.
        var replay = await app.NewPageAsync();
        await replay.Context.AddCookiesAsync(oldCookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var response = await replay.GotoAsync(home);
        Assert.Contains("/Account/SignIn", replay.Url, StringComparison.Ordinal);
        Assert.Equal(200, response!.Status);
        var api = await replay.APIRequest.GetAsync("/api/v1/clinics");
        Assert.Equal(401, api.Status);
        await replay.Context.CloseAsync();
    }
}
