using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MesoSafe.Web.BrowserTests;

/// <summary>axe-core on the current state of a page with the WCAG 2.0/2.1/2.2 A and AA rules and
/// axe's best practices; each violation comes back as one readable line per element.</summary>
public static class AxeAudit
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } };
        var result = await page.RunAxe(options);
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(n =>
            $"{where}: {v.Id} ({v.Impact}) {v.Help} at {n.Target} {Shorten(n.Html)}"))];
    }

    private static string Shorten(string html) => html.Length > 160 ? html[..160] + "…" : html;
}
