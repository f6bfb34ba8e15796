using MesoSafe.Web.Features.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace MesoSafe.Web.Hosting;

/// <summary>The limits on the request line and headers, checked here rather than by Kestrel, so that
/// the answer is problem+json (ADR 0206). Kestrel answers 414 and 431 itself with an empty body and no
/// content type, before any middleware runs; its own ceilings are therefore raised well above these
/// (<see cref="ErrorAnswers"/>), and this middleware refuses at the sizes Kestrel used to.</summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    /// <summary>Kestrel's default for the whole request line (8 KB), applied to the path and query.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>Kestrel's defaults for the headers: 32 KB in all, 100 fields.</summary>
    public const int MaxHeadersLength = 32 * 1024;

    public const int MaxHeaderCount = 100;

    public Task InvokeAsync(HttpContext context)
    {
        if (TargetLength(context) > MaxTargetLength)
        {
            return ApiProblem.Create(
                StatusCodes.Status414UriTooLong,
                "URI Too Long",
                ApiProblemCodes.UriTooLong,
                $"The path and query are at most {MaxTargetLength} characters.").ExecuteAsync(context);
        }

        var headers = context.Request.Headers;
        var count = 0;
        var length = 0L;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                count++;
                // As on the wire: "name: value\r\n".
                length += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        if (count > MaxHeaderCount || length > MaxHeadersLength)
        {
            return ApiProblem.Create(
                StatusCodes.Status431RequestHeaderFieldsTooLarge,
                "Request Header Fields Too Large",
                ApiProblemCodes.HeadersTooLarge,
                $"The request headers are at most {MaxHeaderCount} fields and {MaxHeadersLength} bytes in all.").ExecuteAsync(context);
        }

        return next(context);
    }

    private static long TargetLength(HttpContext context)
    {
        // Kestrel keeps the target as it came (percent-encoded); the test server has none.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw))
        {
            return raw.Length;
        }

        var request = context.Request;
        return (request.PathBase + request.Path).ToUriComponent().Length + (request.QueryString.Value?.Length ?? 0);
    }
}
