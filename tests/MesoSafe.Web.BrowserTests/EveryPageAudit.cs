using Microsoft.Playwright;

namespace MesoSafe.Web.BrowserTests;

/// <summary>Issue 22: every page of every role, audited with axe at desktop and phone sizes,
/// reflowed at 320 px, and (for patients) measured for finger-sized targets.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageAudit(RunningApp app)
{
    public static readonly TheoryData<string> Roles = [.. RoleSite.Roles];

    private static readonly (int Width, int Height)[] Sizes = [(1280, 800), (390, 844)];

    /// <summary>Every visible control's target: the label a checkbox sits in, else the control.</summary>
    private const string SmallTargets = """
        min => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]')]
            .map(e => e.closest('label') ?? e)
            .filter((e, i, all) => all.indexOf(e) === i)
            .map(e => ({ e, r: e.getBoundingClientRect() }))
            .filter(({ e, r }) => r.width > 0 && r.height > 0 && r.bottom > 0 && getComputedStyle(e).visibility !== 'hidden')
            .filter(({ r }) => r.width < min - 0.5 || r.height < min - 0.5)
            .map(({ e, r }) => `${e.tagName.toLowerCase()} "${(e.innerText || e.getAttribute('aria-label') || e.name || '').trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`)
        """;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_has_no_axe_violations_on_desktop_and_phone(string role)
    {
        var page = await RoleSite.OpenAsync(app, role);
        var violations = new List<string>();
        foreach (var path in await RoleSite.PagesAsync(page, role))
        {
            await page.GotoAsync(path);
            violations.AddRange(await AuditBothSizesAsync(page, path));
        }

        if (role == "officer")
        {
            // The signals page with its result (table and EBGM chart) and the rates charts.
            await page.GotoAsync("/Safety/Signals");
            await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();
            await page.Locator("#signals-table").WaitForAsync();
            violations.AddRange(await AuditBothSizesAsync(page, "/Safety/Signals (registry result)"));
        }

        await page.Context.CloseAsync();
        Assert.True(violations.Count == 0, "axe violations:\n" + string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_fits_a_320px_screen_without_sideways_scrolling(string role)
    {
        var page = await RoleSite.OpenAsync(app, role);
        var pages = await RoleSite.PagesAsync(page, role);
        await page.SetViewportSizeAsync(320, 640);
        var tooWide = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 320)
            {
                var culprits = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 320.5 && !e.closest('.table-wrap, .chart__scroll'))
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                    """);
                tooWide.Add(path + " is " + width + " px wide: " + string.Join(", ", culprits));
            }
        }

        await page.Context.CloseAsync();
        Assert.True(tooWide.Count == 0, string.Join("\n", tooWide));
    }

    [Fact]
    public async Task Patient_pages_have_touch_targets_of_at_least_44_by_44()
    {
        var page = await RoleSite.OpenAsync(app, "patient");
        var pages = await RoleSite.PagesAsync(page, "patient");
        await page.SetViewportSizeAsync(390, 844);
        var small = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            small.AddRange((await page.EvaluateAsync<string[]>(SmallTargets, 44)).Select(s => path + ": " + s));
        }

        await page.Context.CloseAsync();
        Assert.True(small.Count == 0, "targets under 44x44:\n" + string.Join("\n", small));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task No_target_anywhere_is_under_24_by_24(string role)
    {
        var page = await RoleSite.OpenAsync(app, role);
        var pages = await RoleSite.PagesAsync(page, role);
        var small = new List<string>();
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var path in pages)
            {
                await page.GotoAsync(path);
                small.AddRange((await page.EvaluateAsync<string[]>(SmallTargets, 24)).Select(s => $"{path} at {width}px: {s}"));
            }
        }

        await page.Context.CloseAsync();
        Assert.True(small.Count == 0, "targets under 24x24:\n" + string.Join("\n", small));
    }

    [Fact]
    public async Task The_favicon_answers_200()
    {
        var page = await app.NewPageAsync();
        var response = await page.APIRequest.GetAsync("/favicon.ico");
        Assert.Equal(200, response.Status);
        Assert.True((await response.BodyAsync()).Length > 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_accessibility_statement_is_linked_from_every_footer_and_open_to_everyone()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.Locator(".site-footer").GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accessibility statement for MesoSafe", Level = 1 })).ToBeVisibleAsync();
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report a barrier" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> AuditBothSizesAsync(IPage page, string path)
    {
        var violations = new List<string>();
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            violations.AddRange(await AxeAudit.ViolationsAsync(page, $"{path} at {width}x{height}"));
        }

        await page.SetViewportSizeAsync(1280, 800);
        return violations;
    }
}
