using System.Text.Json;

namespace MesoSafe.Cli.JsonLines;

/// <summary>Answers one input line with exactly one JSON value: a result, or an error object.
/// Called from several threads at once.</summary>
internal interface IJsonLineEvaluator
{
    /// <returns>True when the line was answered with a result, false when with an error.</returns>
    bool Evaluate(ReadOnlyMemory<byte> line, long lineNumber, Utf8JsonWriter writer);
}
