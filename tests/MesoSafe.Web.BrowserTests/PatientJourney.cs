using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PatientJourney(RunningApp app)
{
    [Fact]
    public async Task Cannot_breathe_shows_the_emergency_banner_and_reaches_the_practitioner_queue()
    {
        var page = await app.SignedInAsync("patient@demo.mesosafe.test");
        await page.SetViewportSizeAsync(390, 844);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Maria" })).ToBeVisibleAsync();
        await app.ScreenshotAsync(page, "patient-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tell us how you feel" }).ClickAsync();
        await page.GetByLabel("Or describe it in your own words").FillAsync("can't breathe");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Severe" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my check-in" }).ClickAsync();

        var banner = page.Locator("#emergency-banner");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToContainTextAsync("Call emergency services now");
        var width = await banner.EvaluateAsync<double>("b => b.getBoundingClientRect().width");
        var viewport = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        Assert.Equal(viewport, width, 1.0);
        await app.ScreenshotAsync(page, "patient-checkin-emergency");
        await page.Context.CloseAsync();

        var practitioner = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        var first = practitioner.Locator("#attention-queue li").First;
        await Expect(first).ToHaveAttributeAsync("data-reason", "check-in-emergency");
        await Expect(first).ToContainTextAsync("Maria Keller");
        await app.ScreenshotAsync(practitioner, "practitioner-queue");
        await practitioner.Context.CloseAsync();
    }

    [Fact]
    public async Task The_plan_says_what_to_do_before_each_session()
    {
        var page = await app.SignedInAsync("patient2@demo.mesosafe.test");

        var before = page.Locator("#before-session li");
        await Expect(before).ToHaveCountAsync(2);
        await Expect(before.First).ToContainTextAsync("hydrated");
        await Expect(before.Nth(1)).ToContainTextAsync("strenuous exercise");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Check_in_without_a_symptom_is_rejected_next_to_the_field_keeping_the_answers()
    {
        var page = await app.SignedInAsync("patient2@demo.mesosafe.test");
        await page.GotoAsync("/Patient/CheckIn");
        await page.GetByLabel("Temperature (°C), if you measured it").FillAsync("37.2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my check-in" }).ClickAsync();

        await Expect(page.Locator(".field-error", new() { HasTextString = "Pick at least one symptom or describe what you notice." })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Temperature (°C), if you measured it")).ToHaveValueAsync("37.2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Patient_reads_and_accepts_the_printable_consent()
    {
        var page = await app.SignedInAsync("patient2@demo.mesosafe.test");
        await page.GotoAsync("/Patient/Consent");
        await Expect(page.Locator("#consent-risks li").First).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await app.ScreenshotAsync(page, "patient-consent");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_patient_opening_another_patients_session_gets_404()
    {
        var maria = await app.SignedInAsync("patient@demo.mesosafe.test");
        await maria.GotoAsync("/Patient/History");
        var href = await maria.Locator("a[href^='/Patient/Sessions/']").First.GetAttributeAsync("href");
        Assert.NotNull(href);
        var own = await maria.GotoAsync(href);
        Assert.Equal(200, own!.Status);
        await maria.Context.CloseAsync();

        var jonas = await app.SignedInAsync("patient2@demo.mesosafe.test");
        var other = await jonas.GotoAsync(href);
        Assert.Equal(404, other!.Status);
        await Expect(jonas.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();

        var staffPage = await jonas.GotoAsync("/Practitioner");
        Assert.Equal(403, staffPage!.Status);
        Assert.Matches(new Regex("/Account/Denied"), jonas.Url);
        await jonas.Context.CloseAsync();
    }
}
