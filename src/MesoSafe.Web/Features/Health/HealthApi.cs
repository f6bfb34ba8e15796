namespace MesoSafe.Web.Features.Health;

internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthStatus("healthy")))
            .WithName("Health")
            .WithTags("Health").WithSummary("Answers whether the server is up.")
            .AllowAnonymous();
        return app;
    }

    internal sealed record HealthStatus(string Status);
}
