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
}
