using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdverseEventFollowUpJourney(RunningApp app)
{
    [Fact]
    public async Task Officer_records_a_follow_up_and_every_earlier_version_stays_visible()
    {
        var page = await app.SignedInAsync("officer@demo.mesosafe.test");
        await page.GotoAsync("/Safety/Events");
        await page.Locator("#events-table tbody tr a").First.ClickAsync();
        var versions = page.Locator("#event-versions section");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Initial report", Exact = false })).ToBeVisibleAsync();
        var before = await versions.CountAsync();
        var firstVersion = await versions.First.InnerTextAsync();

        var form = page.Locator("#follow-up");
        await form.GetByLabel("Event", new() { Exact = true }).FillAsync("not-a-symptom-at-all");
        await form.GetByLabel("What is new").FillAsync("Nodule resolved after six weeks.");
        await form.GetByLabel("Outcome").SelectOptionAsync("recovered");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record follow-up" }).ClickAsync();

        form = page.Locator("#follow-up");
        await Expect(form.Locator(".field", new() { Has = page.GetByLabel("Event", new() { Exact = true }) }).Locator(".field-error")).ToContainTextAsync("not a symptom");
        await Expect(form.GetByLabel("What is new")).ToHaveValueAsync("Nodule resolved after six weeks.");
        await Expect(form.GetByLabel("Outcome")).ToHaveValueAsync("recovered");
        await Expect(versions).ToHaveCountAsync(before);

        await form.GetByLabel("Event", new() { Exact = true }).FillAsync("nodule");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record follow-up" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("recorded");
        await Expect(versions).ToHaveCountAsync(before + 1);
        Assert.Equal(firstVersion, await versions.First.InnerTextAsync());
        await Expect(versions.Last).ToContainTextAsync("Nodule resolved after six weeks.");
        await Expect(versions.Last).ToContainTextAsync("recovered");
        await Expect(versions.Last).ToContainTextAsync("safety-officer");
        await app.ScreenshotAsync(page, "officer-follow-up");
        await page.Context.CloseAsync();
    }
}
