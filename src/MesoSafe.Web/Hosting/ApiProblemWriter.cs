using MesoSafe.Web.Features.Problems;
using Microsoft.Extensions.Options;

namespace MesoSafe.Web.Hosting;

/// <summary>Writes the framework's problems (status code pages, the exception handler) as
/// problem+json for every API client (<see cref="ApiRequests"/>), whatever its Accept header says:
/// ASP.NET's default writer declines a client that accepts only text/html, which left such an API
/// client with a plain-text "Status Code: 404" body. Registered before the default writer, so it is
/// asked first; a browser asking for a page falls through to the HTML status page.</summary>
internal sealed class ApiProblemWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
    : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ApiRequests.WantsProblem(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        context.ProblemDetails.Status ??= response.StatusCode;
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        var typeInfo = jsonOptions.Value.SerializerOptions.GetTypeInfo(context.ProblemDetails.GetType());
        return new ValueTask(response.WriteAsJsonAsync(context.ProblemDetails, typeInfo, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
