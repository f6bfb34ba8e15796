using System.Text.Json;
using System.Text.Json.Nodes;

namespace MesoSafe.Cli.Tests.Acceptance;

/// <summary>Runs every phrasing of a table through the real program in one batch (one process for the
/// whole table, started once and shared by the table's cases) and hands each case its answer by id.</summary>
internal sealed class FreeTextBatch
{
    private readonly Lazy<Task<IReadOnlyDictionary<string, JsonElement>>> answers;

    public FreeTextBatch(string command, IEnumerable<JsonObject> requests)
    {
        var lines = string.Join('\n', requests.Select(request => request.ToJsonString())) + "\n";
        answers = new(() => RunAsync(command, lines));
    }

    public async Task<JsonElement> AnswerAsync(string id)
    {
        var byId = await answers.Value;
        return byId[id];
    }

    private static async Task<IReadOnlyDictionary<string, JsonElement>> RunAsync(string command, string lines)
    {
        using var input = new TempFile(System.Text.Encoding.UTF8.GetBytes(lines));
        var run = await CliProcess.RunAsync((string?)null, command, "--input", input.Path);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"mesosafe {command} exited {run.ExitCode}: {run.StandardError}");
        }

        return run.Answers.ToDictionary(answer => answer.GetProperty("id").GetString()!);
    }
}
