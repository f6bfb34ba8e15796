using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

/// <summary>Issue 23: a check-in nobody could read reaches a person today, and what the person read
/// grows the vocabulary.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UnreadCheckInJourney(RunningApp app)
{
    /// <summary>A sentence no vocabulary lists.</summary>
    private const string Unlisted = "glittering sensation in the eyebrows";

    /// <summary>The demo clinic's number (a drama number, never a real line).</summary>
    private const string ClinicTelephone = "+44 20 7946 0123";

    [Fact]
    public async Task An_unlisted_sentence_is_answered_queued_first_read_by_a_practitioner_and_counted_for_the_administrator()
    {
        var patient = await app.SignedInAsync("patient2@demo.mesosafe.test");
        await patient.SetViewportSizeAsync(390, 844);
        await patient.GotoAsync("/Patient/CheckIn");
        await patient.GetByLabel("Or describe it in your own words").FillAsync(Unlisted);
        await patient.GetByRole(AriaRole.Button, new() { Name = "Send my check-in" }).ClickAsync();

        var answer = patient.Locator("#triage-answer");
        await Expect(answer).ToHaveAttributeAsync("data-unread", "true");
        var advice = patient.Locator("#answer-advice li");
        await Expect(advice.Filter(new() { HasText = "We could not read" })).ToContainTextAsync("glittering");
        await Expect(advice.Filter(new() { HasText = "will contact you today" })).ToContainTextAsync(ClinicTelephone);
        await Expect(patient.Locator("#clinic-telephone")).ToHaveTextAsync(ClinicTelephone);
        var lines = await advice.AllInnerTextsAsync();
        var unreadAt = lines.ToList().FindIndex(l => l.StartsWith("We could not read", StringComparison.Ordinal));
        var callAt = lines.ToList().FindIndex(l => l.Contains("will contact you today", StringComparison.Ordinal));
        Assert.True(unreadAt >= 0 && callAt > unreadAt, string.Join(" | ", lines));
        await app.ScreenshotAsync(patient, "patient-checkin-unread");
        await patient.Context.CloseAsync();

        var practitioner = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        var first = practitioner.Locator("#attention-queue > li:not([data-reason='check-in-emergency'])").First;
        await Expect(first).ToHaveAttributeAsync("data-reason", "check-in-unread");
        await Expect(first).ToContainTextAsync("Jonas Weber");
        await Expect(first.Locator(".unread-words").First).ToContainTextAsync("glittering");
        await first.GetByLabel("What you read and did").FillAsync("read as lip swelling: emergency; patient called 14:05");
        await first.GetByLabel("Read as (codes, comma-separated)").FillAsync("tongue-or-lip-swelling");
        await first.GetByLabel("Level you gave it").SelectOptionAsync("emergency");
        await first.GetByLabel("Language (e.g. en, de, tr)").FillAsync("en");
        await app.ScreenshotAsync(practitioner, "practitioner-queue-unread");
        await first.GetByRole(AriaRole.Button, new() { Name = "Record reading" }).ClickAsync();

        await Expect(practitioner.GetByText("Reading recorded; the check-in left the queue.")).ToBeVisibleAsync();
        await Expect(practitioner.Locator("#attention-queue > li[data-reason='check-in-unread']").Filter(new() { HasText = "Jonas Weber" })).ToHaveCountAsync(0);
        await practitioner.GotoAsync("/Practitioner/Patients");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Jonas Weber" }).First.ClickAsync();
        var checkIns = practitioner.Locator("section[aria-labelledby='checkins-heading']");
        await Expect(checkIns).ToContainTextAsync("Could not be read");
        await Expect(checkIns.Locator(".reading")).ToContainTextAsync("read as lip swelling: emergency; patient called 14:05");
        await practitioner.Context.CloseAsync();

        var admin = await app.SignedInAsync("admin@demo.mesosafe.test");
        await admin.GotoAsync("/Admin");
        var telephone = admin.Locator("form.clinic-telephone").Filter(new() { HasText = "Demo Aesthetic Clinic" })
            .GetByLabel("Telephone given to patients the clinic must call today");
        await Expect(telephone).ToHaveValueAsync(ClinicTelephone);
        await telephone.FillAsync("call me");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save telephone" }).ClickAsync();
        await Expect(admin.Locator(".field-error", new() { HasText = "Enter a telephone number of 5 to 20 digits" })).ToBeVisibleAsync();
        await Expect(telephone).ToHaveValueAsync("call me");
        await telephone.FillAsync(ClinicTelephone);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save telephone" }).ClickAsync();
        await Expect(admin.GetByText("Demo Aesthetic Clinic: telephone set to " + ClinicTelephone + ".")).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Practitioners' readings of unread check-ins" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Practitioners' readings" })).ToBeVisibleAsync();
        var row = admin.Locator("table.readings tbody tr").Filter(new() { HasText = "glittering" });
        await Expect(row.First).ToContainTextAsync("tongue-or-lip-swelling");
        await Expect(row.First).ToContainTextAsync("en");
        await Expect(row.First.Locator("td.count")).ToHaveTextAsync("1");
        await app.ScreenshotAsync(admin, "admin-readings");
        await admin.Context.CloseAsync();
    }
}
