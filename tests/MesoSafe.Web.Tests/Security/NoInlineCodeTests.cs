using System.Text.RegularExpressions;
using MesoSafe.Testing;
using Xunit;

namespace MesoSafe.Web.Tests.Security;

/// <summary>The Content-Security-Policy refuses inline scripts and styles (ADR 0410): no page may
/// carry a script block, a style attribute or block, or an on* handler. The browser test sees the
/// pages it visits; this sees every page file, visited or not.</summary>
public sealed partial class NoInlineCodeTests
{
    [Fact]
    public void No_page_has_an_inline_script_style_or_event_handler()
    {
        var pages = Path.Combine(SharedFiles.RepositoryRoot, "src", "MesoSafe.Web", "Pages");
        var files = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(pages, "*.cs", SearchOption.AllDirectories))
            .ToList();
        var found = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var pattern in new[] { ScriptBlock(), StyleAttribute(), StyleBlock(), EventHandler(), JavaScriptUrl() })
                {
                    if (pattern.IsMatch(lines[i]))
                    {
                        found.Add($"{Path.GetRelativePath(pages, file)}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(files.Count > 30, "the page files were not found under " + pages);
        Assert.True(found.Count == 0, "inline code the Content-Security-Policy refuses:\n" + string.Join("\n", found));
    }

    /// <summary>A script element without a src attribute is an inline script.</summary>
    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptBlock();

    [GeneratedRegex(@"\sstyle\s*=\s*\\?[""']", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*\\?[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"href\s*=\s*\\?[""']\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavaScriptUrl();
}
