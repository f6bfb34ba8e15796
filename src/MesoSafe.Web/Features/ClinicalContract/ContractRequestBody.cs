using System.Buffers;
using System.IO.Pipelines;
using MesoSafe.Clinical.Json;

namespace MesoSafe.Web.Features.ClinicalContract;

/// <summary>Reads a contract request body (screening or triage) so that HTTP gives the same errors
/// as the command line: the bytes go to the same reader; transport problems become 413/415.</summary>
internal static class ContractRequestBody
{
    public static async Task<(ReadOnlyMemory<byte> Body, IResult? Problem)> ReadAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (default, TypedResults.Problem(
                title: "The request body must be JSON.",
                detail: "Send the request with Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                extensions: Code("unsupported-media-type")));
        }

        if (request.ContentLength > RequestLimits.MaxRequestBytes)
        {
            return (default, TooLarge());
        }

        var reader = request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(cancellationToken);
            }
            catch (BadHttpRequestException exception)
            {
                return (default, TypedResults.Problem(
                    title: "The request body could not be read.",
                    detail: exception.Message,
                    statusCode: exception.StatusCode,
                    extensions: Code("unreadable-body")));
            }

            var buffer = read.Buffer;
            if (buffer.Length > RequestLimits.MaxRequestBytes)
            {
                reader.AdvanceTo(buffer.End);
                return (default, TooLarge());
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return (body, null);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>400 problem+json: every bad field under <c>errors</c> (keyed by path, as in
    /// ValidationProblemDetails), with the stable codes under <c>fieldErrors</c>.</summary>
    public static IResult Invalid(RequestProblem problem, string? id)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = problem.Code,
            ["fieldErrors"] = problem.Errors,
        };
        if (id is not null)
        {
            extensions["id"] = id;
        }

        var errors = problem.Errors.Count == 0
            ? new Dictionary<string, string[]>(StringComparer.Ordinal) { ["$"] = [problem.Detail] }
            : problem.Errors
                .GroupBy(error => error.Field, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal);

        return TypedResults.ValidationProblem(errors, problem.Detail, title: problem.Title, extensions: extensions);
    }

    private static IResult TooLarge() => TypedResults.Problem(
        title: "The request body is too large.",
        detail: string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"A request may hold at most {RequestLimits.MaxRequestBytes} bytes."),
        statusCode: StatusCodes.Status413PayloadTooLarge,
        extensions: Code("body-too-large"));

    private static Dictionary<string, object?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };
}
