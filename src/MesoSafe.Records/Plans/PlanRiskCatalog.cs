using MesoSafe.Knowledge;

namespace MesoSafe.Records.Plans;

/// <summary>The consent risks of the knowledge base, chosen for a plan by its indication and areas
/// as the vocabulary reads them.</summary>
public sealed class PlanRiskCatalog(KnowledgeBase knowledgeBase)
{
    /// <summary>The knowledge-base version the risks come from.</summary>
    public string Version => knowledgeBase.Version;

    public static PlanRiskCatalog LoadEmbedded() => new(KnowledgeBase.LoadEmbedded());

    public IReadOnlyList<PlanRisk> RisksFor(TreatmentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return knowledgeBase.ConsentRisksFor(plan.Indication, plan.Areas)
            .Select(r => new PlanRisk(r.Code, r.Text, r.Sources))
            .ToList();
    }
}
