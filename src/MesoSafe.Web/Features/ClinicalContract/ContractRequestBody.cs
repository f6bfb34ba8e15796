using System.Buffers;
using System.IO.Pipelines;
using MesoSafe.Clinical.Json;
using MesoSafe.Web.Features.Problems;

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
            return (default, ApiProblem.Create(
                StatusCodes.Status415UnsupportedMediaType,
                "The request body must be JSON.",
                ApiProblemCodes.UnsupportedMediaType,
                "Send the request with Content-Type: application/json."));
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
                return (default, ApiProblem.Create(
                    exception.StatusCode, "The request body could not be read.", ApiProblemCodes.UnreadableBody, exception.Message));
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

    /// <summary>400 problem+json (<see cref="ApiProblem"/>): every bad field under <c>errors</c> (keyed
    /// by path), with the stable codes under <c>fieldErrors</c> and <c>problems</c>.</summary>
    public static IResult Invalid(RequestProblem problem, string? id) =>
        ApiProblem.Create(
            StatusCodes.Status400BadRequest,
            problem.Title,
            problem.Code,
            problem.Detail,
            [.. problem.Errors.Select(error => new ProblemEntry(error.Field, error.Code, error.Message))],
            id);

    private static IResult TooLarge() => ApiProblem.Create(
        StatusCodes.Status413PayloadTooLarge,
        "The request body is too large.",
        ApiProblemCodes.BodyTooLarge,
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A request may hold at most {RequestLimits.MaxRequestBytes} bytes."));
}
