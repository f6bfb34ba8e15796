using Microsoft.Playwright;

namespace MesoSafe.Web.BrowserTests;

/// <summary>Issue 11 item 4 (ADR 0410): the Content-Security-Policy allows no inline script or style;
/// Chromium reports each refusal as a console error. Every page of every role, with its scripts run
/// (the intake's live screening, the signals result), must log none.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyAudit(RunningApp app)
{
    public static readonly TheoryData<string> Roles = [.. RoleSite.Roles];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task No_page_of_the_role_breaks_the_content_security_policy(string role)
    {
        var page = await RoleSite.OpenAsync(app, role);
        var refused = Listen(page);
        var paths = await RoleSite.PagesAsync(page, role);
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        if (role == "practitioner")
        {
            // The live screening panel replaces its content with a server-rendered partial.
            await page.GotoAsync("/Practitioner/Intake");
            await page.GetByLabel("Medications").FillAsync("Xarelto 20 mg daily");
            await page.Locator("#screening-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Screening") }).WaitForAsync();
        }

        if (role == "officer")
        {
            await page.GotoAsync("/Safety/Signals");
            await page.GetByRole(AriaRole.Button, new() { Name = "Analyse" }).ClickAsync();
            await page.Locator("#signals-table").WaitForAsync();
        }

        await page.Context.CloseAsync();
        Assert.True(refused.Count == 0, $"{role}: {paths.Count} pages, Content-Security-Policy refusals:\n" + string.Join("\n", refused));
    }

    [Fact]
    public async Task The_policy_is_enforced_and_a_refusal_reaches_the_console()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        var refusal = page.WaitForConsoleMessageAsync(new() { Predicate = IsRefusal, Timeout = 30_000 });

        var ran = await page.EvaluateAsync<bool>("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true;';
              document.body.append(script);
              return window.inlineRan === true;
            }
            """);
        var message = await refusal;

        await page.Context.CloseAsync();
        Assert.False(ran, "an inline script ran: the policy is not enforced");
        Assert.Contains("script-src", message.Text, StringComparison.Ordinal);
    }

    private static List<string> Listen(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (IsRefusal(message))
            {
                lock (refused)
                {
                    refused.Add(page.Url + ": " + message.Text);
                }
            }
        };
        return refused;
    }

    private static bool IsRefusal(IConsoleMessage message) =>
        message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase);
}
