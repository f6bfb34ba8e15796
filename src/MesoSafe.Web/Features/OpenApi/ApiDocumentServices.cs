using MesoSafe.Web.Features.ClinicalContract;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json with every transformer that completes it (ADR 0209).</summary>
internal static class ApiDocumentServices
{
    public static IServiceCollection AddMesoSafeOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddOperationTransformer<ApiOperationTransformer>();
            options.AddSchemaTransformer<ApiSchemaTransformer>();
            options.AddDocumentTransformer<ApiDocumentTransformer>();
        });
}
