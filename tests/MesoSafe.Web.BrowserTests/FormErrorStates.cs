using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

/// <summary>Issue 22: every form, sent with mistakes, follows the GOV.UK / NHS error pattern
/// (summary first, focused, announced, linking to each field; each field in error invalid and
/// described by its message; "Error:" in the title) and has no axe violation in that state.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormErrorStates(RunningApp app)
{
    public static readonly TheoryData<string> Forms =
    [
        "sign-in", "intake", "plan", "session", "adverse-event", "follow-up", "check-in",
        "admin-user", "admin-lot", "admin-product", "recall", "signals-upload",
    ];

    /// <summary>Problems with the pattern on the current page, one line each.</summary>
    private const string PatternProblems = """
        () => {
          const problems = [];
          const summary = document.querySelector('[data-error-summary]');
          if (!summary) return ['no error summary'];
          if (summary.getAttribute('role') !== 'alert') problems.push('summary is not role=alert');
          if (document.activeElement !== summary) problems.push('focus is on ' + document.activeElement.tagName + ', not on the summary');
          if (!document.title.startsWith('Error: ')) problems.push('title does not start with "Error: ": ' + document.title);
          if (document.querySelector('main').firstElementChild !== summary) problems.push('summary is not first in main');
          const links = [...summary.querySelectorAll('a')];
          if (links.length === 0) problems.push('summary has no link to a field');
          for (const a of links) {
            const id = decodeURIComponent(a.getAttribute('href').slice(1));
            const field = document.getElementById(id);
            if (!field) { problems.push('summary link ' + a.getAttribute('href') + ' goes nowhere'); continue; }
            const control = field.matches('input, select, textarea') ? field : null;
            const group = field.closest('fieldset[aria-describedby]');
            const described = control?.getAttribute('aria-describedby') ?? group?.getAttribute('aria-describedby') ?? '';
            const messages = described.split(/\s+/).map(x => document.getElementById(x)).filter(m => m && m.classList.contains('field-error') && m.textContent.trim());
            if (messages.length === 0) problems.push('field #' + id + ' is not described by its error message');
            if (control && control.getAttribute('aria-invalid') !== 'true' && !group) problems.push('field #' + id + ' has no aria-invalid=true');
          }
          for (const e of document.querySelectorAll('[aria-invalid=true]')) {
            const ids = (e.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
            if (ids.length === 0 || ids.some(x => !document.getElementById(x))) problems.push('#' + e.id + ' aria-describedby "' + ids.join(' ') + '" names a missing element');
          }
          for (const m of document.querySelectorAll('.field-error')) {
            if (!m.textContent.trim()) continue;
            if (!m.id || !document.querySelector('[aria-describedby~="' + m.id + '"]')) problems.push('message "' + m.textContent.trim() + '" describes no field');
          }
          return problems;
        }
        """;

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_rejected_form_follows_the_error_pattern_and_passes_axe(string form)
    {
        var page = await SubmitWithMistakesAsync(form);
        await Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        var problems = new List<string>(await page.EvaluateAsync<string[]>(PatternProblems));
        foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            problems.AddRange(await AxeAudit.ViolationsAsync(page, $"{form} error state at {width}x{height}"));
        }

        // On a phone the summary is the first thing seen, and its first link takes focus to the field.
        var top = await page.Locator("[data-error-summary]").EvaluateAsync<double>("s => s.getBoundingClientRect().top");
        Assert.InRange(top, 0, 844);
        var link = page.Locator("[data-error-summary] a").First;
        var target = (await link.GetAttributeAsync("href"))![1..];
        await link.ClickAsync();
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        if (focused != target)
        {
            problems.Add($"the summary link #{target} moved focus to #{focused}");
        }

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, form + ":\n" + string.Join("\n", problems));
    }

    private async Task<IPage> SubmitWithMistakesAsync(string form)
    {
        IPage page;
        switch (form)
        {
            case "sign-in":
                page = await app.NewPageAsync();
                await page.GotoAsync("/Account/SignIn");
                await Submit(page, "Sign in");
                break;
            case "intake":
                page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
                await page.GotoAsync("/Practitioner/Intake");
                await Submit(page, "Screen and save");
                break;
            case "plan" or "session" or "adverse-event":
                page = await app.SignedInAsync("practitioner@demo.mesosafe.test");
                var pages = await RoleSite.PagesAsync(page, "practitioner");
                var (path, button) = form switch
                {
                    "plan" => (pages.Single(p => p.StartsWith("/Practitioner/Plan?", StringComparison.Ordinal)), "Save plan"),
                    "session" => (pages.Single(p => p.StartsWith("/Practitioner/Session?", StringComparison.Ordinal)), "Chart session"),
                    _ => (pages.Single(p => p.StartsWith("/Practitioner/AdverseEvent?", StringComparison.Ordinal)), "Report"),
                };
                await page.GotoAsync(path);
                await Submit(page, button);
                break;
            case "follow-up":
                page = await app.SignedInAsync("officer@demo.mesosafe.test");
                await page.GotoAsync(await RoleSite.PagesAsync(page, "officer") is var officerPages ? officerPages[1] : "");
                await page.Locator("#follow-up").GetByLabel("Event", new() { Exact = true }).FillAsync("");
                await Submit(page, "Record follow-up");
                break;
            case "check-in":
                page = await app.SignedInAsync("patient2@demo.mesosafe.test");
                await page.GotoAsync("/Patient/CheckIn");
                await Submit(page, "Send my check-in");
                break;
            case "admin-user":
                page = await app.SignedInAsync("admin@demo.mesosafe.test");
                await page.GotoAsync("/Admin");
                await Submit(page, "Add account");
                break;
            case "admin-lot" or "admin-product":
                page = await app.SignedInAsync("admin@demo.mesosafe.test");
                await page.GotoAsync("/Admin/Products");
                await Submit(page, form == "admin-lot" ? "Add lot" : "Add product");
                break;
            case "recall":
                page = await app.SignedInAsync("officer@demo.mesosafe.test");
                await page.GotoAsync("/Safety/Lots");
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Recall lot ") }).First.ClickAsync();
                await page.WaitForLoadStateAsync();
                break;
            case "signals-upload":
                page = await app.SignedInAsync("officer@demo.mesosafe.test");
                await page.GotoAsync("/Safety/Signals");
                await page.GetByLabel("Upload a CSV").CheckAsync();
                await Submit(page, "Analyse");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(form), form, "no such form");
        }

        await page.Locator("[data-error-summary]").WaitForAsync();
        return page;
    }

    private static async Task Submit(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        // The answer's document is enough: the caller then waits for the error summary itself. Waiting
        // for every subresource's load event once timed out under a loaded CI machine.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
