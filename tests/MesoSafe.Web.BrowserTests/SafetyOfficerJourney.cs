using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SafetyOfficerJourney(RunningApp app)
{
    /// <summary>The journey recalls a lot of its own, used on two patients of its own, so no other
    /// journey's lots, patients or attention queue change under it (or it under them).</summary>
    [Fact]
    public async Task Recalling_a_lot_lists_the_exposed_patients()
    {
        var lotNumber = "RCL-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await ExposedToOwnLotAsync(lotNumber, ("Rhea", "Lindqvist"), ("Otto", "Brandt"));

        var page = await app.SignedInAsync("officer@demo.mesosafe.test");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Adverse events" })).ToBeVisibleAsync();
        await Expect(page.Locator("#events-table tbody tr").First).ToContainTextAsync("nodule");
        await app.ScreenshotAsync(page, "officer-events");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lots" }).ClickAsync();
        await page.GetByLabel("Reason for recalling lot " + lotNumber).FillAsync("Contamination reported by the manufacturer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Recall lot " + lotNumber }).ClickAsync();

        var exposed = page.Locator("#exposed-patients");
        await Expect(exposed).ToContainTextAsync("Rhea Lindqvist");
        await Expect(exposed).ToContainTextAsync("Otto Brandt");
        await Expect(page.Locator($"tr[data-lot='{lotNumber}']")).ToContainTextAsync("recalled");
        await Expect(page.Locator("tr[data-lot='MSL-25-0311']")).Not.ToContainTextAsync("recalled");
        await app.ScreenshotAsync(page, "officer-recall");
        await page.Context.CloseAsync();
    }

    /// <summary>Through the records API, as the administrator and a practitioner would: a new lot of the
    /// hair cocktail, and for each patient a registration, an intake screened with its plan, consent
    /// and one session today with that lot.</summary>
    private async Task ExposedToOwnLotAsync(string lotNumber, params (string Given, string Family)[] patients)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var admin = await app.SignedInAsync("admin@demo.mesosafe.test");
        var products = await SendAsync(admin, "GET", "/api/v1/products?pageSize=200", null);
        var hair = products.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Hair Revitalising Cocktail");
        var lot = await SendAsync(admin, "POST", "/api/v1/lots", new { productId = hair.GetProperty("id").GetGuid(), lotNumber, expiry = today.AddMonths(6) });
        await admin.Context.CloseAsync();

        var practitioner = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        foreach (var (given, family) in patients)
        {
            var patient = await SendAsync(practitioner, "POST", "/api/v1/patients", new { givenName = given, familyName = family, birthDate = "1985-03-01", sex = "female" });
            var patientId = patient.GetProperty("id").GetGuid();
            var intake = await SendAsync(practitioner, "POST", $"/api/v1/patients/{patientId}/intakes", new
            {
                conditions = Array.Empty<string>(),
                allergies = Array.Empty<string>(),
                medications = Array.Empty<string>(),
                smoker = false,
                alcohol = false,
                previousMesotherapy = true,
                plannedDate = today,
                plan = new
                {
                    indication = "hair-loss",
                    areas = new[] { "scalp" },
                    substances = new[] { "biotin", "dexpanthenol" },
                    technique = "point-by-point",
                    depthMm = 2.0,
                    sessions = 6,
                    intervalDays = 10,
                },
            });
            var plan = intake.GetProperty("plan");
            await SendAsync(practitioner, "POST", $"/api/v1/plans/{plan.GetProperty("id").GetGuid()}/consent", new { planRevision = plan.GetProperty("revision").GetInt32() });
            await SendAsync(practitioner, "POST", "/api/v1/sessions", new
            {
                patientId,
                planId = plan.GetProperty("id").GetGuid(),
                date = today,
                areas = new[] { "scalp" },
                technique = "point-by-point",
                depthMm = 2.0,
                asepsis = new[] { "skin-disinfected", "sterile-single-use-needles" },
                sensitivityTest = "negative",
                products = new[] { new { lotId = lot.GetProperty("id").GetGuid(), volumeMl = 2.0 } },
            });
        }

        await practitioner.Context.CloseAsync();
    }

    /// <summary>One records API call with the signed-in page's cookie; anything but success fails the
    /// journey with the answer's body.</summary>
    private static async Task<System.Text.Json.JsonElement> SendAsync(IPage page, string method, string url, object? body)
    {
        var response = await page.APIRequest.FetchAsync(url, new() { Method = method, DataObject = body });
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{method} {url}: {response.Status}\n{text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
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
