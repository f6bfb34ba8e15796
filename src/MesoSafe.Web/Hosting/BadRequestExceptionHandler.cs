using System.Text.Json;
using MesoSafe.Clinical.Json;
using MesoSafe.Web.Features.Problems;
using Microsoft.AspNetCore.Diagnostics;

namespace MesoSafe.Web.Hosting;

/// <summary>A body or parameter that cannot be bound answers 400 problem+json naming the field
/// (from the JSON path), instead of an empty 400; the shape is <see cref="ApiProblem"/>'s.</summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = bad.InnerException as JsonException;
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
        var code = json is null ? ApiProblemCodes.BadRequest : RequestErrorCodes.InvalidJson;
        await ApiProblem.Create(
            bad.StatusCode,
            "The request has invalid fields.",
            code,
            json is null ? bad.Message : $"{field}: the value has the wrong type or format.",
            [new ProblemEntry(field, code, json?.Message ?? bad.Message)]).ExecuteAsync(httpContext);
        return true;
    }
}
