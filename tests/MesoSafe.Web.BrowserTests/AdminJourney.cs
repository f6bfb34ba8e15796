using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdminJourney(RunningApp app)
{
    [Fact]
    public async Task A_bad_lot_is_refused_next_to_its_fields_and_a_good_one_is_listed()
    {
        var page = await app.SignedInAsync("admin@demo.mesosafe.test");
        await page.GotoAsync("/Admin/Products");
        var form = page.Locator("#add-lot");
        await form.GetByLabel("Product and manufacturer").SelectOptionAsync(new SelectOptionValue { Label = "NCTF 135 HA · Filorga" });
        await form.GetByLabel("Lot number").FillAsync("lot 7!");
        await form.GetByLabel("Expiry").FillAsync("2020-01-31");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add lot" }).ClickAsync();

        form = page.Locator("#add-lot");
        await Expect(form.Locator(".field", new() { Has = page.GetByLabel("Lot number") }).Locator(".field-error")).ToContainTextAsync("letters, digits");
        await Expect(form.Locator(".field", new() { Has = page.GetByLabel("Expiry") }).Locator(".field-error")).ToContainTextAsync("expiry date has passed");
        await Expect(form.GetByLabel("Lot number")).ToHaveValueAsync("lot 7!");
        await Expect(form.GetByLabel("Expiry")).ToHaveValueAsync("2020-01-31");
        await Expect(form.GetByLabel("Product and manufacturer")).ToHaveValueAsync(await form.Locator("option", new() { HasTextString = "Filorga" }).GetAttributeAsync("value") ?? "missing");
        await Expect(page.Locator("tr[data-lot='lot 7!']")).ToHaveCountAsync(0);
        await app.ScreenshotAsync(page, "admin-lot-refused");

        var expiry = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await form.GetByLabel("Lot number").FillAsync("FIL-26-0042");
        await form.GetByLabel("Expiry").FillAsync(expiry);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add lot" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lot FIL-26-0042 added.");
        var row = page.Locator("section[data-product='NCTF 135 HA'] tr[data-lot='FIL-26-0042']");
        await Expect(row).ToContainTextAsync(expiry);
        await app.ScreenshotAsync(page, "admin-products");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_adds_a_product_and_a_staff_account_with_role_and_clinic()
    {
        var page = await app.SignedInAsync("admin@demo.mesosafe.test");
        await page.GotoAsync("/Admin/Products");
        var product = page.Locator("#add-product");
        await product.GetByLabel("Product name").FillAsync("Lipolysis Blend");
        await product.GetByRole(AriaRole.Button, new() { Name = "Add product" }).ClickAsync();
        await Expect(product.Locator(".field", new() { Has = page.GetByLabel("Manufacturer", new() { Exact = true }) }).Locator(".field-error")).ToContainTextAsync("Enter the manufacturer");
        await Expect(page.GetByLabel("Product name")).ToHaveValueAsync("Lipolysis Blend");
        await page.Locator("#add-product").GetByLabel("Manufacturer").FillAsync("Dermo Pharma");
        await page.Locator("#add-product").GetByRole(AriaRole.Button, new() { Name = "Add product" }).ClickAsync();
        await Expect(page.Locator("section[data-product='Lipolysis Blend']")).ToContainTextAsync("Dermo Pharma");

        await page.GotoAsync("/Admin");
        var user = page.Locator("#add-user");
        await user.GetByLabel("E-mail").FillAsync("new.officer@demo.mesosafe.test");
        await user.GetByLabel("Name").FillAsync("Nora Officer");
        await user.GetByLabel("First password").FillAsync("a-long-first-password-2026");
        await user.GetByLabel("Role").SelectOptionAsync("safety-officer");
        await user.GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();
        await Expect(page.Locator("#Form_ClinicIds-error")).ToContainTextAsync("at least one clinic");
        await Expect(page.Locator("#add-user").GetByLabel("E-mail")).ToHaveValueAsync("new.officer@demo.mesosafe.test");
        await Expect(page.Locator("#add-user").GetByLabel("Role")).ToHaveValueAsync("safety-officer");

        await page.GetByLabel("First password").FillAsync("a-long-first-password-2026");
        await page.GetByLabel("Demo Aesthetic Clinic").CheckAsync();
        await page.Locator("#add-user").GetByRole(AriaRole.Button, new() { Name = "Add account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("new.officer@demo.mesosafe.test added");
        await Expect(page.Locator("#users-table tr", new() { HasTextString = "new.officer@demo.mesosafe.test" })).ToContainTextAsync("safety-officer");
        await app.ScreenshotAsync(page, "admin-users");
        await page.Context.CloseAsync();

        var officer = await app.NewPageAsync();
        await officer.GotoAsync("/Account/SignIn");
        await officer.GetByLabel("Email").FillAsync("new.officer@demo.mesosafe.test");
        await officer.GetByLabel("Password").FillAsync("a-long-first-password-2026");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await officer.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(200, (await officer.GotoAsync("/Safety/Events"))!.Status);
        await officer.Context.CloseAsync();
    }
}
