using MesoSafe.Testing.Processes;
using Xunit;

namespace MesoSafe.Cli.Tests.Signals;

/// <summary>Runs the built <c>mesosafe.dll</c> as a separate process (<see cref="ProgramRun"/>), as a
/// user or a script would, and captures its exit code, standard output and standard error.</summary>
internal static class MesosafeProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static async Task<Result> RunWithInputAsync(string? standardInput, params string[] arguments)
    {
        var run = await ProgramRun.RunAsync(
            ProgramRun.CliDll, standardInput is null ? null : System.Text.Encoding.UTF8.GetBytes(standardInput), arguments, TestContext.Current.CancellationToken);
        return new Result(run.ExitCode, run.Output, run.Error);
    }

    public static Task<Result> RunAsync(params string[] arguments) => RunWithInputAsync(null, arguments);
}
