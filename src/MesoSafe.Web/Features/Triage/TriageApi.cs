using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Triage;
using MesoSafe.Web.Features.ClinicalContract;

namespace MesoSafe.Web.Features.Triage;

internal static class TriageApi
{
    /// <summary>Stateless and anonymous by design (ADR 0201).</summary>
    public static IEndpointRouteBuilder MapTriageApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/triage")
            .WithTags("Triage")
            .AllowAnonymous()
            .MapPost("/evaluate", EvaluateAsync)
            .WithName("EvaluateTriage")
            .WithSummary("Triages the symptoms a patient reports after a session.")
            .Accepts<TriageRequest>("application/json")
            .Produces<TriageResult>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> EvaluateAsync(HttpRequest request, TriageEngine engine, CancellationToken cancellationToken)
    {
        var (body, problem) = await ContractRequestBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var parsed = TriageRequestJson.Parse(body);
        if (parsed.Problem is { } invalid)
        {
            return ContractRequestBody.Invalid(invalid, parsed.Id);
        }

        return TypedResults.Json(engine.Evaluate(parsed.Request!), ContractJsonContext.Default.TriageResult);
    }
}
