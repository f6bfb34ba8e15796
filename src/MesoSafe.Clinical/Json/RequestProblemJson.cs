using System.Text.Json;

namespace MesoSafe.Clinical.Json;

/// <summary>Writes a <see cref="RequestProblem"/> as the contract's <c>error</c> object:
/// <c>{"code", "title", "detail", "errors": [{"field", "code", "message"}]}</c>.</summary>
public static class RequestProblemJson
{
    public static void Write(Utf8JsonWriter writer, RequestProblem problem)
    {
        writer.WriteStartObject();
        writer.WriteString("code"u8, problem.Code);
        writer.WriteString("title"u8, problem.Title);
        writer.WriteString("detail"u8, problem.Detail);
        writer.WriteStartArray("errors"u8);
        foreach (var error in problem.Errors)
        {
            writer.WriteStartObject();
            writer.WriteString("field"u8, error.Field);
            writer.WriteString("code"u8, error.Code);
            writer.WriteString("message"u8, error.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
