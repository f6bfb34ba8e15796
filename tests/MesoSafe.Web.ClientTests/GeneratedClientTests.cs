using System.Text.Json.Nodes;
using MesoSafe.Testing.Files;
using Xunit;

namespace MesoSafe.Web.ClientTests;

/// <summary>The checked-in client (Generated/) is what Kiota, pinned in .config/dotnet-tools.json,
/// makes from the running app's document today: a stale client fails here.</summary>
public sealed class GeneratedClientTests(ClientApps apps) : IClassFixture<ClientApps>
{
    [Fact]
    public async Task The_checked_in_client_is_generated_from_the_running_apps_document()
    {
        var app = await apps.AppAsync(TestDatabase.Sqlite);
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "v1.json");
        await File.WriteAllTextAsync(document, await ApiDocument.TextAsync(app), TestContext.Current.CancellationToken);
        var output = Path.Combine(folder.Path, "Generated");

        var (exit, log) = await ApiDocument.RunAsync("dotnet", OpenApiClient.KiotaArguments(document, output), ApiDocument.Repository);

        Assert.True(exit == 0, "kiota failed (run `dotnet tool restore` first):\n" + log);
        var expected = Path.Combine(ApiDocument.ProjectFolder, "Generated");
        var wanted = Files(output);
        var have = Files(expected);
        var differ = wanted.Keys.Union(have.Keys, StringComparer.Ordinal)
            .Where(name => !wanted.TryGetValue(name, out var a) || !have.TryGetValue(name, out var b) || a != b)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(differ.Count == 0, "The generated client is stale; these files differ: " + string.Join(", ", differ.Take(20)) + ". " + ApiDocument.HowToUpdate);
    }

    /// <summary>Every generated file by its relative path; the lock file by the hash of the
    /// document it was made from (its path to the document differs from run to run).</summary>
    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".kiota.log", StringComparison.Ordinal))
            .ToDictionary(
                path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
                path => path.EndsWith("kiota-lock.json", StringComparison.Ordinal)
                    ? JsonNode.Parse(File.ReadAllText(path))!["descriptionHash"]!.GetValue<string>()
                    : File.ReadAllText(path).ReplaceLineEndings("\n"),
                StringComparer.Ordinal);
}
