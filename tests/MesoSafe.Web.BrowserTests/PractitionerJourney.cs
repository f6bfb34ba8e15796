using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PractitionerJourney(RunningApp app)
{
    [Fact]
    public async Task Intake_screens_as_it_is_filled_and_saves_the_record()
    {
        var page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Today" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New patient" }).First.ClickAsync();

        await page.GetByLabel("Given name").FillAsync("Lena");
        await page.GetByLabel("Family name").FillAsync("Brandt");
        await page.GetByLabel("Date of birth").FillAsync("1985-03-14");
        await page.GetByLabel("Indication").SelectOptionAsync("hair-loss");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "scalp" }).CheckAsync();
        await page.GetByLabel("Substances in the mixture").FillAsync("biotin, dexpanthenol");
        await page.GetByLabel("Technique").SelectOptionAsync("point-by-point");
        await page.GetByLabel("Depth (mm)").FillAsync("2");
        await page.GetByLabel("Number of sessions").FillAsync("6");
        await page.GetByLabel("Days between sessions").FillAsync("10");
        await page.GetByLabel("Current medications and supplements").FillAsync("Xarelto 20 mg");

        // Screened as typed: the anticoagulant makes it a contraindication, with the reason shown.
        var panel = page.Locator("#screening-result");
        await Expect(panel.Locator("[data-decision]")).ToHaveAttributeAsync("data-decision", "contraindicated");
        await Expect(panel.Locator("[data-finding='anticoagulant-therapy']")).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "practitioner-intake-contraindicated");

        await page.GetByLabel("Current medications and supplements").FillAsync("");
        await Expect(panel.Locator("[data-decision]")).Not.ToHaveAttributeAsync("data-decision", "contraindicated");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen and save" }).ClickAsync();

        await page.WaitForLoadStateAsync();
        if (!page.Url.Contains("/Practitioner/Patients/", StringComparison.Ordinal))
        {
            Assert.Fail(await app.DescribeAsync(page));
        }
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lena Brandt" })).ToBeVisibleAsync();
        await Expect(page.Locator(".screening [data-decision]").First).ToBeVisibleAsync();
        await Expect(page.GetByText("hair loss", new() { Exact = false }).First).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "practitioner-record");

        // A second plan: the consent's risks are listed as it is filled in, then it is saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "New plan" }).ClickAsync();
        await page.GetByLabel("Indication").SelectOptionAsync("hair-loss");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "scalp" }).CheckAsync();
        await page.GetByLabel("Substances in the mixture").FillAsync("minoxidil");
        await page.GetByLabel("Technique").SelectOptionAsync("nappage");
        await page.GetByLabel("Depth (mm)").FillAsync("1.5");
        await page.GetByLabel("Number of sessions").FillAsync("4");
        await page.GetByLabel("Days between sessions").FillAsync("14");
        await Expect(page.Locator("#plan-risks li").First).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "practitioner-plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lena Brandt" })).ToBeVisibleAsync();
        await Expect(page.GetByText("minoxidil").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Issue 10: the plan keeps the procedure done the same day, and the screening stored
    /// is the one shown as the form was typed.</summary>
    [Fact]
    public async Task Intake_combined_with_botulinum_toxin_is_stored_as_it_was_shown()
    {
        var page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        await page.GotoAsync("/Practitioner/Intake");
        await page.GetByLabel("Given name").FillAsync("Ines");
        await page.GetByLabel("Family name").FillAsync("Combined");
        await page.GetByLabel("Date of birth").FillAsync("1979-06-02");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Has had mesotherapy before" }).CheckAsync();
        await page.GetByLabel("Indication").SelectOptionAsync("hair-loss");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "scalp" }).CheckAsync();
        await page.GetByLabel("Substances in the mixture").FillAsync("biotin");
        await page.GetByLabel("Technique").SelectOptionAsync("point-by-point");
        await page.GetByLabel("Depth (mm)").FillAsync("2");
        await page.GetByLabel("Number of sessions").FillAsync("4");
        await page.GetByLabel("Days between sessions").FillAsync("10");
        await page.GetByLabel("Other procedures the same day").FillAsync("botulinum toxin");

        var panel = page.Locator("#screening-result");
        await Expect(panel.Locator("[data-decision]")).ToHaveAttributeAsync("data-decision", "needs-review");
        await Expect(panel.Locator("[data-finding='combined-procedure']")).ToBeVisibleAsync();
        var shown = await panel.Locator("[data-finding]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.finding)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen and save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ines Combined" })).ToBeVisibleAsync();
        var stored = page.Locator(".screening").First;
        await Expect(stored.Locator("[data-decision]")).ToHaveAttributeAsync("data-decision", "needs-review");
        Assert.Equal(shown, await stored.Locator("[data-finding]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.finding)"));
        await Expect(page.GetByText("the same day as botulinum toxin", new() { Exact = false })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Charting_an_expired_lot_is_refused_with_the_reason()
    {
        var page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        await page.GotoAsync("/Practitioner/Patients?Name=Keller");
        await page.GetByRole(AriaRole.Link, new() { Name = "Maria Keller" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Chart a session" }).ClickAsync();

        var expired = page.Locator("#Form_Products_0__LotId option", new() { HasTextString = "MSL-24-0102" });
        await page.Locator("#Form_Products_0__LotId").SelectOptionAsync(new SelectOptionValue { Value = await expired.GetAttributeAsync("value") });
        await page.GetByLabel("Volume (ml) 1").FillAsync("2");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Skin disinfected" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chart session" }).ClickAsync();

        await Expect(page.Locator("#refusals [data-code='lot-expired']")).ToBeVisibleAsync();
        await Expect(page.Locator("#Form_Products_0__LotId + .field-error, #Form_Products_0__LotId ~ .field-error").First).ToContainTextAsync("expired");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Skin disinfected" })).ToBeCheckedAsync();
        await app.ScreenshotAsync(page, "practitioner-session-refused");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Intake_rejected_keeps_what_was_typed_and_names_the_field()
    {
        var page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        await page.GotoAsync("/Practitioner/Intake");
        await page.GetByLabel("Family name").FillAsync("Okafor");
        await page.GetByLabel("Allergies").FillAsync("lidocaine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen and save" }).ClickAsync();

        await Expect(page.Locator(".field-error", new() { HasTextString = "Enter the patient's given name." })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Family name")).ToHaveValueAsync("Okafor");
        await Expect(page.GetByLabel("Allergies")).ToHaveValueAsync("lidocaine");
        await page.Context.CloseAsync();
    }
}
