namespace MesoSafe.Web.Features.Screening;

internal static class ScreeningApi
{
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app) => app;
}
