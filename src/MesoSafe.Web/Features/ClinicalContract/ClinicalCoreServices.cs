using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;
using Microsoft.AspNetCore.OpenApi;

namespace MesoSafe.Web.Features.ClinicalContract;

internal static class ClinicalCoreServices
{
    /// <summary>The knowledge base is loaded once; the engines are pure and thread-safe, so one each.
    /// Also teaches the OpenAPI document the contract's wire spelling.</summary>
    public static IServiceCollection AddClinicalCore(this IServiceCollection services)
    {
        services.AddSingleton(_ => KnowledgeBase.LoadEmbedded());
        services.AddSingleton<ScreeningEngine>();
        services.AddSingleton<TriageEngine>();
        services.Configure<OpenApiOptions>("v1", options => options.AddSchemaTransformer<ContractSchemaTransformer>());
        return services;
    }
}
