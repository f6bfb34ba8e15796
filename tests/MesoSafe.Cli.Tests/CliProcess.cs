using System.Text;
using System.Text.Json;
using MesoSafe.Testing.Processes;

namespace MesoSafe.Cli.Tests;

/// <summary>Runs the real `mesosafe` program (the built mesosafe.dll) as a child process.</summary>
internal static class CliProcess
{
    public static Task<CliRun> RunAsync(string? standardInput, params string[] arguments) =>
        RunAsync(standardInput is null ? null : Encoding.UTF8.GetBytes(standardInput), arguments);

    public static async Task<CliRun> RunAsync(byte[]? standardInput, params string[] arguments)
    {
        var run = await ProgramRun.RunAsync(ProgramRun.CliDll, standardInput, arguments);
        return new CliRun(run.ExitCode, run.Output, run.Error);
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
