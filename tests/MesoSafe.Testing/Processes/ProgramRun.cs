using System.Diagnostics;

namespace MesoSafe.Testing.Processes;

/// <summary>What a program run to its end left: its exit code, standard output and standard error.</summary>
public sealed record ProgramResult(int ExitCode, string Output, string Error);

/// <summary>Runs a built .NET program (a dll) with <c>dotnet</c> as a separate process, as a user
/// or a script would, feeding standard input and capturing both outputs.</summary>
public static class ProgramRun
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public static async Task<ProgramResult> RunAsync(string dll, byte[]? standardInput, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DefaultTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        if (standardInput is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(standardInput, timeout.Token);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        return new ProgramResult(process.ExitCode, await output, await error);
    }

    /// <summary>The built <c>mesosafe.dll</c>: beside the test assembly when the test project
    /// references the CLI, else the newest build under src/MesoSafe.Cli/bin.</summary>
    public static string CliDll { get; } = FindCli();

    private static string FindCli()
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
