using MesoSafe.Web.Features.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MesoSafe.Web.Hosting;

/// <summary>Every error answer as problem+json for API clients and as a page for people (ADR 0206):
/// the problem writer, the request-line and header limits, and the last-resort exception answer.</summary>
internal static class ErrorAnswers
{
    /// <summary>Kestrel's own ceilings, far above <see cref="RequestLimitsMiddleware"/>'s limits so that
    /// the middleware, not Kestrel, answers; each stays within Kestrel's 1 MB request buffer. Past
    /// them Kestrel still answers 414/431 itself, with an empty body (documented in ADR 0206).</summary>
    public const int KestrelRequestLineCeiling = 256 * 1024;

    public const int KestrelHeadersCeiling = 256 * 1024;

    public const int KestrelHeaderCountCeiling = 1000;

    public static WebApplicationBuilder AddErrorAnswers(this WebApplicationBuilder builder)
    {
        // Before AddProblemDetails, so that it is asked before the default writer.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, ApiProblemWriter>());
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblem.Complete);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = KestrelRequestLineCeiling;
            kestrel.Limits.MaxRequestHeadersTotalSize = KestrelHeadersCeiling;
            kestrel.Limits.MaxRequestHeaderCount = KestrelHeaderCountCeiling;
        });
        return builder;
    }

    /// <summary>The exception handler (its <see cref="IExceptionHandler"/>s first: a body that cannot
    /// be bound is a 400, not a 500), the status code pages and the request limits, in that order.</summary>
    public static WebApplication UseErrorAnswers(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = AnswerUnhandledAsync });
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseMiddleware<NulCharacterMiddleware>();
        return app;
    }

    /// <summary>A 500 says nothing of the exception: no message, no type, no stack, no path. The
    /// exception handler middleware has already logged it and cleared the response.</summary>
    private static async Task AnswerUnhandledAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        if (ApiRequests.WantsProblem(context))
        {
            await ApiProblem.Create(
                StatusCodes.Status500InternalServerError,
                "Internal Server Error",
                ApiProblemCodes.ServerError,
                "The server could not answer this request. Try again; if it keeps happening, tell the clinic's administrator.").ExecuteAsync(context);
            return;
        }

        await Pages.Shared.StatusPage.WriteAsync(new StatusCodeContext(context, new StatusCodePagesOptions(), _ => Task.CompletedTask));
    }
}
