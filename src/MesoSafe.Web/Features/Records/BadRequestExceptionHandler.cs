using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace MesoSafe.Web.Features.Records;

/// <summary>A body or parameter that cannot be bound answers 400 problem+json naming the field
/// (from the JSON path), instead of an empty 400.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = bad.InnerException as JsonException;
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request has invalid fields.",
                Detail = json is null ? bad.Message : $"{field}: the value has the wrong type or format.",
                Extensions =
                {
                    ["code"] = json is null ? "bad-request" : "invalid-json",
                    ["errors"] = new Dictionary<string, string[]> { [field] = [json?.Message ?? bad.Message] },
                },
            },
        });
    }
}
