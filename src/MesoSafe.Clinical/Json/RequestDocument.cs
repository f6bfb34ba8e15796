using System.Text.Json;
using System.Text.Unicode;

namespace MesoSafe.Clinical.Json;

/// <summary>Opens one request's UTF-8 bytes as a JSON document: skips a byte-order mark, reports
/// text that is not JSON, and picks up the id early so even an invalid request can be named.</summary>
internal static class RequestDocument
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public static JsonDocument? Open(ReadOnlyMemory<byte> utf8, out RequestProblem? problem)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!Utf8.IsValid(utf8.Span))
        {
            problem = RequestProblem.InvalidJson("The request is not valid UTF-8 text.");
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(utf8, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                problem = RequestProblem.NotAnObject();
                return null;
            }

            problem = null;
            return document;
        }
        catch (JsonException exception)
        {
            problem = RequestProblem.InvalidJson(exception.Message);
            return null;
        }
    }
}
