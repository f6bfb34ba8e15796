using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MesoSafe.Web.ClientTests;

/// <summary>The running app's OpenAPI document, and the repository's tools that read it.</summary>
internal static class ApiDocument
{
    public static string Repository { get; } = FindRepository();

    public static string ProjectFolder => Path.Combine(Repository, "tests", "MesoSafe.Web.ClientTests");

    public static string SnapshotPath => Path.Combine(ProjectFolder, "openapi", "v1.json");

    /// <summary>How to bring the checked-in snapshot and client up to date with the app.</summary>
    public const string HowToUpdate =
        "If the change is intended, run scripts/openapi-client from the repository root: it rewrites "
        + "tests/MesoSafe.Web.ClientTests/openapi/v1.json and Generated/ from the app, then commit both (ADR 0209).";

    public static async Task<string> TextAsync(ClientApp app)
    {
        using var http = app.CreateClient();
        return await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
    }

    public static async Task<JsonObject> ReadAsync(ClientApp app) => JsonNode.Parse(await TextAsync(app))!.AsObject();

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, string folder)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        start.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static string FindRepository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MesoSafe.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("MesoSafe.slnx not found above " + AppContext.BaseDirectory);
    }
}
