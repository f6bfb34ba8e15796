namespace MesoSafe.Web.Features.Triage;

internal static class TriageApi
{
    public static IEndpointRouteBuilder MapTriageApi(this IEndpointRouteBuilder app) => app;
}
