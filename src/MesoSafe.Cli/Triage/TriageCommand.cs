using System.CommandLine;
using MesoSafe.Cli.JsonLines;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Triage;

namespace MesoSafe.Cli.Triage;

internal static class TriageCommand
{
    public static Command Create()
    {
        var input = JsonLinesCommand.InputOption();
        var command = new Command("triage", "Triage reported symptoms: JSON Lines triage requests in, one triage result a line out.")
        {
            input,
        };
        command.SetAction((parseResult, cancellationToken) => JsonLinesCommand.RunAsync(
            parseResult.GetValue(input),
            knowledgeBase => CreateEvaluator(new TriageEngine(knowledgeBase)),
            cancellationToken));
        return command;
    }

    public static IJsonLineEvaluator CreateEvaluator(TriageEngine engine) =>
        new RequestLineEvaluator<TriageRequest, TriageResult>(
            TriageRequestJson.Parse, engine.Evaluate, ContractJsonContext.Default.TriageResult);
}
