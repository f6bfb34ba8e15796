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
    public async Task Rates_and_signals_show_tables_and_charts()
    {
        var page = await app.SignedInAsync("officer@demo.mesosafe.test");
        await page.GotoAsync("/Safety/Rates");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Per lot" })).ToBeVisibleAsync();
        await Expect(page.Locator("figure.chart svg").First).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "officer-rates");

        await page.GotoAsync("/Safety/Signals");
        await page.GetByLabel("Upload a CSV").CheckAsync();
        await page.GetByLabel("Reports CSV").SetInputFilesAsync(MesoSafe.Testing.SharedFiles.Data("caers", "caers.csv"));
        await page.GetByLabel("Stratify by columns (optional)").FillAsync("strat1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();
        await Expect(page.Locator("#signals-table tbody tr")).ToHaveCountAsync(50, new() { Timeout = 60_000 });
        await Expect(page.Locator("figure.chart svg")).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "officer-signals");

        // A browser never keeps a chosen file across a page load: choose it again to export.
        await page.GetByLabel("Reports CSV").SetInputFilesAsync(MesoSafe.Testing.SharedFiles.Data("caers", "caers.csv"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download all signals as CSV" }).ClickAsync());
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        Assert.Equal("product,event,N,E,RR,PRR,ROR,IC,IC025,EBGM,EB05,EB95", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signals_on_the_clinics_own_registry_show_a_table()
    {
        var page = await app.SignedInAsync("officer@demo.mesosafe.test");
        await page.GotoAsync("/Safety/Signals");
        await Expect(page.GetByLabel("Use this clinic's registry", new() { Exact = false })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();
        await Expect(page.Locator("#result-heading")).ToContainTextAsync("This clinic's registry");
        // The demo registry's nodule names the hair cocktail as its suspect product.
        await Expect(page.Locator("#signals-table tbody tr", new() { HasTextString = "nodule" }).First).ToContainTextAsync("Hair Revitalising Cocktail");
        await Expect(page.GetByLabel("Use this clinic's registry", new() { Exact = false })).ToBeCheckedAsync();
        await app.ScreenshotAsync(page, "officer-signals-registry");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Officer_cannot_open_practitioner_or_admin_pages()
    {
        var page = await app.SignedInAsync("officer@demo.mesosafe.test");
        Assert.Equal(403, (await page.GotoAsync("/Practitioner/Intake"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/Admin"))!.Status);
        await page.Context.CloseAsync();

        var admin = await app.SignedInAsync("admin@demo.mesosafe.test");
        await admin.GotoAsync("/Admin/Knowledge");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Knowledge base", Exact = false })).ToBeVisibleAsync();
        await Expect(admin.GetByText("pregnancy").First).ToBeVisibleAsync();
        await app.ScreenshotAsync(admin, "admin-knowledge");
        await admin.Context.CloseAsync();
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
