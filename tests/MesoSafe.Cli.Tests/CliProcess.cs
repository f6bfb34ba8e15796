using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MesoSafe.Testing;

namespace MesoSafe.Cli.Tests;

/// <summary>Runs the real `mesosafe` program (the built mesosafe.dll) as a child process.</summary>
internal static class CliProcess
{
    private static readonly string Program = FindProgram();

    public static Task<CliRun> RunAsync(string? standardInput, params string[] arguments) =>
        RunAsync(standardInput is null ? null : Encoding.UTF8.GetBytes(standardInput), arguments);

    public static async Task<CliRun> RunAsync(byte[]? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        if (standardInput is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(standardInput, timeout.Token);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static string FindProgram()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "mesosafe.dll");
        if (File.Exists(beside))
        {
            return beside;
        }

        return Directory.EnumerateFiles(Path.Combine(SharedFiles.RepositoryRoot, "src", "MesoSafe.Cli", "bin"), "mesosafe.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();
    }
}

internal sealed record CliRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Each output line parsed as JSON (the output is JSON Lines).</summary>
    public IReadOnlyList<JsonElement> Answers => StandardOutput
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonDocument.Parse(line).RootElement.Clone())
        .ToList();
}
