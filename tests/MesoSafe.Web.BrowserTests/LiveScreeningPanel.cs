using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

/// <summary>Issue 22: the intake's live screening is announced as one polite line once typing
/// pauses, not by re-reading the whole rebuilt panel on every key.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveScreeningPanel(RunningApp app)
{
    [Fact]
    public async Task Typing_announces_one_summary_line_after_the_pause_and_the_panel_is_not_live()
    {
        var page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
        await page.GotoAsync("/Practitioner/Intake");
        Assert.Null(await page.Locator("#screening-result").GetAttributeAsync("aria-live"));
        Assert.Equal(0, await page.Locator("#screening-result [aria-live], #screening-result [role=status], #screening-result [role=alert]").CountAsync());
        var status = page.Locator("#screening-status");
        await Expect(status).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(status).ToBeEmptyAsync();

        // Record every text the live region is given while the practitioner types.
        await page.EvaluateAsync("""
            () => {
              window.announced = [];
              new MutationObserver(() => window.announced.push(document.getElementById('screening-status').textContent))
                .observe(document.getElementById('screening-status'), { childList: true, characterData: true, subtree: true });
            }
            """);
        await page.GetByLabel("Medications").PressSequentiallyAsync("Xarelto 20 mg daily", new() { Delay = 60 });
        await page.GetByLabel("Conditions").PressSequentiallyAsync("type 2 diabetes", new() { Delay = 60 });

        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Screening[^\\n]{5,160}$"));
        var announced = await page.EvaluateAsync<string[]>("() => window.announced");
        Assert.Single(announced);
        await page.Context.CloseAsync();
    }
}
