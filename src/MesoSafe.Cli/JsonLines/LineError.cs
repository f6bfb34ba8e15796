using System.Text.Json;
using MesoSafe.Clinical.Json;

namespace MesoSafe.Cli.JsonLines;

/// <summary>The contract's answer to a bad line:
/// <c>{"line": N, "id": &lt;id or null&gt;, "error": {"code", "title", "detail", "errors"}}</c>.</summary>
internal static class LineError
{
    public static void Write(Utf8JsonWriter writer, long lineNumber, string? id, RequestProblem problem)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line"u8, lineNumber);
        if (id is null)
        {
            writer.WriteNull("id"u8);
        }
        else
        {
            writer.WriteString("id"u8, id);
        }

        writer.WritePropertyName("error"u8);
        RequestProblemJson.Write(writer, problem);
        writer.WriteEndObject();
    }

    public static RequestProblem BlankLine() =>
        new(RequestErrorCodes.BlankLine, "The line is blank.", "Each line must hold one JSON request object.", []);

    public static RequestProblem LineTooLong(int maxBytes) =>
        new(
            RequestErrorCodes.LineTooLong,
            "The line is too long.",
            string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"A line may hold at most {maxBytes} bytes; this one was skipped."),
            []);

    public static RequestProblem EvaluationFailed(string message) =>
        new(RequestErrorCodes.EvaluationFailed, "The request could not be evaluated.", message, []);
}
