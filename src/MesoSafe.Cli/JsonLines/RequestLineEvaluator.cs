using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MesoSafe.Clinical.Json;

namespace MesoSafe.Cli.JsonLines;

/// <summary>Parses and validates a line with the contract's reader, evaluates it, writes the result.</summary>
internal sealed class RequestLineEvaluator<TRequest, TResult>(
    Func<ReadOnlyMemory<byte>, ParsedRequest<TRequest>> parse,
    Func<TRequest, TResult> evaluate,
    Action<Utf8JsonWriter, TResult> write) : IJsonLineEvaluator
    where TRequest : class
{
    /// <summary>Writes results with the contract's serializer metadata.</summary>
    public RequestLineEvaluator(
        Func<ReadOnlyMemory<byte>, ParsedRequest<TRequest>> parse,
        Func<TRequest, TResult> evaluate,
        JsonTypeInfo<TResult> resultJson)
        : this(parse, evaluate, (writer, result) => JsonSerializer.Serialize(writer, result, resultJson))
    {
    }

    public bool Evaluate(ReadOnlyMemory<byte> line, long lineNumber, Utf8JsonWriter writer)
    {
        string? id = null;
        TResult result;
        try
        {
            var parsed = parse(line);
            id = parsed.Id;
            if (parsed.Problem is { } problem)
            {
                LineError.Write(writer, lineNumber, id, problem);
                return false;
            }

            result = evaluate(parsed.Request!);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // One request that trips the reader or the engine must not stop the other million.
            LineError.Write(writer, lineNumber, id, LineError.EvaluationFailed(exception.Message));
            return false;
        }

        write(writer, result);
        return true;
    }
}
