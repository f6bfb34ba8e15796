using System.Text.Json;
using MesoSafe.Clinical.Json;
using MesoSafe.Web.Features.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace MesoSafe.Web.Hosting;

/// <summary>A body or parameter that cannot be bound answers problem+json naming the field (from the
/// JSON path or the parameter), with the status the framework chose (400, 413 for a body over the
/// server's limit, 415 for a body that is not JSON, 408 for one too slow); the shape is
/// <see cref="ApiProblem"/>'s. The messages are this class's own: the framework's name .NET types
/// ("System.Nullable`1[System.Guid]") and the code's parameters, which a client has no use for
/// (ADR 0206).</summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        await Answer(bad).ExecuteAsync(httpContext);
        return true;
    }

    private static IResult Answer(BadHttpRequestException bad)
    {
        switch (bad.StatusCode)
        {
            case StatusCodes.Status413PayloadTooLarge:
                return ApiProblem.Create(
                    bad.StatusCode, "Payload Too Large", ApiProblemCodes.BodyTooLarge, "The request body is larger than this endpoint takes.");
            case StatusCodes.Status415UnsupportedMediaType:
                return ApiProblem.Create(
                    bad.StatusCode, "Unsupported Media Type", ApiProblemCodes.UnsupportedMediaType, "The body is JSON: send it with Content-Type: application/json.");
            case StatusCodes.Status400BadRequest:
                break;
            default:
                return ApiProblem.Create(
                    bad.StatusCode, "The request could not be read.", ApiProblem.CodeOf(bad.StatusCode), "The request could not be read.");
        }

        if (bad.InnerException is JsonException json)
        {
            // "$.patientId", "$.products[0].lotId"; "$" or "$[0]..." is the body as a whole.
            if (json.Path is { Length: > 2 } path && path.TrimStart('$', '.') is { Length: > 0 } field && field[0] != '[')
            {
                var message = $"{field} has the wrong type or format, or is out of range for its type.";
                return ApiProblem.Create(
                    bad.StatusCode, "The request has invalid fields.", RequestErrorCodes.InvalidJson, $"{field}: the value has the wrong type or format.",
                    [new ProblemEntry(field, RequestErrorCodes.InvalidJson, message)]);
            }

            const string whole = "The body is not valid JSON, or not the JSON object this endpoint takes.";
            return ApiProblem.Create(
                bad.StatusCode, "The request has invalid fields.", RequestErrorCodes.InvalidJson, whole,
                [new ProblemEntry("body", RequestErrorCodes.InvalidJson, whole)]);
        }

        // "Failed to bind parameter "Guid? patientId" from "abc"." / "Required parameter "int x" was
        // not provided from query string." / "Implicit body inferred for parameter "PlanInput input"
        // but no body was provided.": the parameter's name, never the rest.
        var named = ParameterName(bad.Message);
        var isBody = named is null
            || bad.Message.StartsWith("Implicit body", StringComparison.Ordinal)
            || bad.Message.Contains("from body", StringComparison.Ordinal)
            || bad.Message.Contains("no body", StringComparison.Ordinal);
        var name = isBody ? "body" : named!;
        var text = isBody ? "A JSON body is required." : $"{name} is missing or has the wrong format.";
        return ApiProblem.Create(
            bad.StatusCode, "The request has invalid fields.", ApiProblemCodes.BadRequest, text,
            [new ProblemEntry(name, ApiProblemCodes.BadRequest, text)]);
    }

    /// <summary>The parameter's name in the framework's message ("parameter "Guid? patientId" from
    /// ..."): the last word between the quotes, if it is an identifier. A plain scan, not a regular
    /// expression with a time-out: under load a time-out threw inside this handler, and the
    /// exception handler then re-threw the original exception with its stack (issue 20).</summary>
    internal static string? ParameterName(string message)
    {
        const string marker = "parameter \"";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += marker.Length;
        var end = message.IndexOf('"', start);
        if (end <= start)
        {
            return null;
        }

        var declared = message.AsSpan(start, end - start);
        var name = declared[(declared.LastIndexOfAny(' ', '\t') + 1)..];
        if (name.IsEmpty || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return null;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return null;
            }
        }

        return name.ToString();
    }
}
