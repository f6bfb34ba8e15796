using System.Text;
using System.Text.Json;
using MesoSafe.Cli.JsonLines;
using MesoSafe.Clinical.Json;

namespace MesoSafe.Cli.Tests.JsonLines;

/// <summary>Answers a line with its text, or with an error when the line starts with "bad".</summary>
internal sealed class EchoEvaluator : IJsonLineEvaluator
{
    public bool Evaluate(ReadOnlyMemory<byte> line, long lineNumber, Utf8JsonWriter writer)
    {
        var text = Encoding.UTF8.GetString(line.Span);
        if (text.StartsWith("bad", StringComparison.Ordinal))
        {
            LineError.Write(writer, lineNumber, text, RequestProblem.InvalidJson("bad line"));
            return false;
        }

        writer.WriteStartObject();
        writer.WriteString("echo", text);
        writer.WriteEndObject();
        return true;
    }
}
