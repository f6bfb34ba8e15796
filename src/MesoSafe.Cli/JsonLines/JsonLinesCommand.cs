using System.CommandLine;
using MesoSafe.Cli.CommandLine;
using ClinicalKnowledge = MesoSafe.Knowledge.KnowledgeBase;

namespace MesoSafe.Cli.JsonLines;

/// <summary>What `screen` and `triage` share: the --input option, opening the input, the exit codes.</summary>
internal static class JsonLinesCommand
{
    public static Option<string?> InputOption()
    {
        var option = new Option<string?>("--input", "-i")
        {
            Description = "JSON Lines file to read, one request a line; '-' or absent reads standard input.",
        };
        PathOption.InputFile(option, standardInput: true);
        return option;
    }

    public static async Task<int> RunAsync(
        string? inputPath, Func<ClinicalKnowledge, IJsonLineEvaluator> createEvaluator, CancellationToken cancellationToken)
    {
        Stream input;
        try
        {
            input = inputPath is null or "-"
                ? Console.OpenStandardInput()
                : new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return await FailAsync("--input " + CliText.Quote(inputPath) + ": cannot read: " + exception.Message);
        }

        await using (input)
        {
            IJsonLineEvaluator evaluator;
            try
            {
                evaluator = createEvaluator(ClinicalKnowledge.LoadEmbedded());
            }
            catch (InvalidDataException exception)
            {
                return await FailAsync("the knowledge base is invalid: " + exception.Message);
            }

            try
            {
                await using var output = Console.OpenStandardOutput();
                var summary = await new JsonLinesBatch(evaluator).RunAsync(input, output, cancellationToken);
                return summary.ExitCode;
            }
            catch (IOException exception)
            {
                return await FailAsync("input or output failed: " + exception.Message);
            }
        }
    }

    private static async Task<int> FailAsync(string message)
    {
        // contract.md: exit 2 with one line on standard error when the command cannot run.
        await Console.Error.WriteLineAsync("mesosafe: " + CliText.OneLine(message));
        return 2;
    }
}
