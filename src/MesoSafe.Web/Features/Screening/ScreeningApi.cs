using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Web.Features.ClinicalContract;

namespace MesoSafe.Web.Features.Screening;

internal static class ScreeningApi
{
    /// <summary>Stateless and anonymous by design (ADR 0201).</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/screenings")
            .WithTags("Screening")
            .AllowAnonymous()
            .MapPost("/evaluate", EvaluateAsync)
            .WithName("EvaluateScreening")
            .WithSummary("Screens one patient for one planned mesotherapy treatment.")
            .Accepts<ScreeningRequest>("application/json")
            .Produces<ScreeningResult>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> EvaluateAsync(HttpRequest request, ScreeningEngine engine, CancellationToken cancellationToken)
    {
        var (body, problem) = await ContractRequestBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var parsed = ScreeningRequestJson.Parse(body);
        if (parsed.Problem is { } invalid)
        {
            return ContractRequestBody.Invalid(invalid, parsed.Id);
        }

        return TypedResults.Json(engine.Evaluate(parsed.Request!), ContractJsonContext.Default.ScreeningResult);
    }
}
