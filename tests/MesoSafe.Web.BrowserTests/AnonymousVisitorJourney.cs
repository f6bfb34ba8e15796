using Microsoft.Playwright;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AnonymousVisitorJourney(RunningApp app)
{
    [Fact]
    public async Task Home_page_served_with_local_stylesheet_offers_sign_in()
    {
        var page = await app.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.Empty(outside);
        await app.ScreenshotAsync(page, "home");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_role_page_sends_an_anonymous_visitor_to_sign_in_and_back()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Safety/Lots");
        Assert.Contains("/Account/SignIn", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Email").FillAsync("officer@demo.mesosafe.test");
        await page.GetByLabel("Password").FillAsync(RunningApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Products and lots" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_named_next_to_the_field_and_the_email_is_kept()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync("patient@demo.mesosafe.test");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error", new() { HasTextString = "The email or the password is not right." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email")).ToHaveValueAsync("patient@demo.mesosafe.test");
        await page.Context.CloseAsync();
    }
}
