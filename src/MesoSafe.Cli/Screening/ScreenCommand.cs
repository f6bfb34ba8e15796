using System.CommandLine;
using MesoSafe.Cli.JsonLines;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;

namespace MesoSafe.Cli.Screening;

internal static class ScreenCommand
{
    public static Command Create()
    {
        var input = JsonLinesCommand.InputOption();
        var command = new Command("screen", "Screen patients: JSON Lines screening requests in, one screening result a line out.")
        {
            input,
        };
        command.SetAction((parseResult, cancellationToken) => JsonLinesCommand.RunAsync(
            parseResult.GetValue(input),
            knowledgeBase => CreateEvaluator(new ScreeningEngine(knowledgeBase)),
            cancellationToken));
        return command;
    }

    public static IJsonLineEvaluator CreateEvaluator(ScreeningEngine engine) =>
        new RequestLineEvaluator<ScreeningRequest, ScreeningResult>(
            ScreeningRequestJson.Parse, engine.Evaluate, ScreeningResultJson.Write);
}
