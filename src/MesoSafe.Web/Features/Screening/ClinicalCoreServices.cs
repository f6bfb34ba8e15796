using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;

namespace MesoSafe.Web.Features.Screening;

internal static class ClinicalCoreServices
{
    /// <summary>The knowledge base is loaded once; the engines are pure and thread-safe, so one each.</summary>
    public static IServiceCollection AddClinicalCore(this IServiceCollection services)
    {
        services.AddSingleton(_ => KnowledgeBase.LoadEmbedded());
        services.AddSingleton<ScreeningEngine>();
        services.AddSingleton<TriageEngine>();
        return services;
    }
}
