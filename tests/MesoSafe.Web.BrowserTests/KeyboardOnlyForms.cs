using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

/// <summary>Issue 22: each main form with the keyboard alone. From the skip link, Tab reaches
/// every control of the form in order (one stop per radio group), each shows a visible focus
/// ring (on the chip for a checkbox or radio), and Enter on the submit button sends it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardOnlyForms(RunningApp app)
{
    public static readonly TheoryData<string> Forms =
    [
        "sign-in", "intake", "plan", "session", "adverse-event", "follow-up", "check-in",
        "admin-user", "admin-lot", "admin-product", "recall", "signals",
    ];

    /// <summary>Numbers the form's tab stops (data-kb) in the order Tab should visit them.</summary>
    private const string MarkTabStops = """
        form => {
          const seen = new Set();
          const stops = [...form.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
            .filter(e => e.type !== 'hidden' && !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0)
            .filter(e => {
              if (e.type !== 'radio') return true;
              if (seen.has(e.name)) return false;
              seen.add(e.name);
              return true;
            })
            .map(e => e.type === 'radio' ? (form.querySelector(`input[type=radio][name="${e.name}"]:checked`) ?? e) : e);
          stops.forEach((e, i) => e.dataset.kb = String(i));
          return stops.length;
        }
        """;

    /// <summary>The focused element's stop number and whether its focus ring shows.</summary>
    private const string FocusedStop = """
        () => {
          const e = document.activeElement;
          const ringOn = x => { const s = getComputedStyle(x); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; };
          const chip = e.closest('.choice, .check');
          return [e.dataset.kb ?? '', ringOn(e) || (chip !== null && ringOn(chip)) ? 'ring' : '', e.tagName + ' ' + (e.name || e.id || e.textContent.trim().slice(0, 30))];
        }
        """;

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_main_form_works_with_the_keyboard_alone(string name)
    {
        var (page, form, clear) = await OpenAsync(name);
        var count = await form.EvaluateAsync<int>(MarkTabStops);
        Assert.True(count > 1, name + ": the form has no controls");

        var problems = new List<string>();
        var expected = 0;
        if (name == "sign-in")
        {
            // The sign-in page puts the focus in its first field itself.
            await Expect(page.GetByLabel("Email")).ToBeFocusedAsync();
            expected = 1;
        }
        else
        {
            // Into the page from the top: the skip link, then Tab until the form's first stop.
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.GetByText("Skip to content")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
        }

        for (var presses = 0; presses < 80 && expected < count; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(FocusedStop);
            var stop = new FocusStop(focused[0].Length == 0 ? null : focused[0], focused[1] == "ring", focused[2]);
            if (stop.Kb is null)
            {
                if (expected > 0)
                {
                    problems.Add($"Tab left the form at stop {expected} for {stop.What}");
                    break;
                }

                continue; // still before the form
            }

            if (expected > 0 && stop.Kb == (expected - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                continue; // the next part (day, month, year) of a date field
            }

            if (stop.Kb != expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                problems.Add($"expected stop {expected}, Tab went to stop {stop.Kb} ({stop.What})");
                break;
            }

            if (!stop.Ring)
            {
                problems.Add($"no visible focus ring on {stop.What}");
            }

            if (clear is not null && await page.EvaluateAsync<bool>("label => document.activeElement.labels?.[0]?.textContent.trim() === label", clear))
            {
                await page.Keyboard.PressAsync("Control+A");
                await page.Keyboard.PressAsync("Delete");
            }

            expected++;
        }

        Assert.True(problems.Count == 0 && expected == count, $"{name}: reached {expected} of {count} stops\n" + string.Join("\n", problems));

        // Back to the submit button (the first button of the form) and send with Enter.
        var submit = form.Locator("button[type=submit], button:not([type])").First;
        while (await submit.EvaluateAsync<bool>("b => b !== document.activeElement"))
        {
            await page.Keyboard.PressAsync("Shift+Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync();
        if (name == "signals")
        {
            await Expect(page.Locator("#signals-table")).ToBeVisibleAsync();
        }
        else
        {
            await Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        }

        await page.Context.CloseAsync();
    }

    private async Task<(IPage Page, ILocator Form, string? Clear)> OpenAsync(string name)
    {
        switch (name)
        {
            case "sign-in":
                {
                    var page = await app.NewPageAsync();
                    await page.GotoAsync("/Account/SignIn");
                    return (page, page.Locator(".sign-in form"), null);
                }

            case "intake":
                {
                    var page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
                    await page.GotoAsync("/Practitioner/Intake");
                    return (page, page.Locator("#intake-form"), null);
                }

            case "plan" or "session" or "adverse-event":
                {
                    var page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
                    var pages = await RoleSite.PagesAsync(page, "practitioner");
                    var prefix = name switch { "plan" => "/Practitioner/Plan?", "session" => "/Practitioner/Session?", _ => "/Practitioner/AdverseEvent?" };
                    await page.GotoAsync(pages.Single(p => p.StartsWith(prefix, StringComparison.Ordinal)));
                    return (page, page.Locator("#main form[method=post]").First, null);
                }

            case "follow-up":
                {
                    var page = await app.SignedInAsync("officer@demo.mesosafe.test");
                    var pages = await RoleSite.PagesAsync(page, "officer");
                    await page.GotoAsync(pages[1]);
                    return (page, page.Locator("#follow-up"), "Event");
                }

            case "check-in":
                {
                    var page = await app.SignedInAsync("patient2@demo.mesosafe.test");
                    await page.GotoAsync("/Patient/CheckIn");
                    return (page, page.Locator("#main form[method=post]").First, null);
                }

            case "admin-user":
                {
                    var page = await app.SignedInAsync("admin@demo.mesosafe.test");
                    await page.GotoAsync("/Admin");
                    return (page, page.Locator("#add-user"), null);
                }

            case "admin-lot" or "admin-product":
                {
                    var page = await app.SignedInAsync("admin@demo.mesosafe.test");
                    await page.GotoAsync("/Admin/Products");
                    return (page, page.Locator(name == "admin-lot" ? "#add-lot" : "#add-product"), null);
                }

            case "recall":
                {
                    var page = await app.SignedInAsync("officer@demo.mesosafe.test");
                    await page.GotoAsync("/Safety/Lots");
                    var form = page.Locator("form.recall", new() { Has = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Recall lot ") }) }).First;
                    return (page, form, null);
                }

            case "signals":
                {
                    var page = await app.SignedInAsync("officer@demo.mesosafe.test");
                    await page.GotoAsync("/Safety/Signals");
                    return (page, page.Locator("#main form[method=post]").First, null);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such form");
        }
    }

    private sealed record FocusStop(string? Kb, bool Ring, string What);
}
