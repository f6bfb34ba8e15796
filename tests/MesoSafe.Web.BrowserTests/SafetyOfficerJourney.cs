using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SafetyOfficerJourney(RunningApp app)
{
    [Fact]
    public async Task Recalling_a_lot_lists_the_exposed_patients()
    {
        var page = await app.SignedInAsync("officer@demo.mesosafe.test");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Adverse events" })).ToBeVisibleAsync();
        await Expect(page.Locator("#events-table tbody tr").First).ToContainTextAsync("nodule");
        await app.ScreenshotAsync(page, "officer-events");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lots" }).ClickAsync();
        await page.GetByLabel("Reason for recalling lot MSL-25-0311").FillAsync("Contamination reported by the manufacturer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Recall lot MSL-25-0311" }).ClickAsync();

        var exposed = page.Locator("#exposed-patients");
        await Expect(exposed).ToContainTextAsync("Maria Keller");
        await Expect(exposed).ToContainTextAsync("Jonas Weber");
        await Expect(page.Locator("tr[data-lot='MSL-25-0311']")).ToContainTextAsync("recalled");
        await app.ScreenshotAsync(page, "officer-recall");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Events_filter_by_seriousness_keeps_the_choice()
    {
        var page = await app.SignedInAsync("officer@demo.mesosafe.test");
        await page.GotoAsync("/Safety/Events");
        await page.GetByLabel("Seriousness").SelectOptionAsync("serious");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.GetByLabel("Seriousness")).ToHaveValueAsync("serious");
        await Expect(page.Locator("#events-table tbody tr", new() { HasTextString = "not serious" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
