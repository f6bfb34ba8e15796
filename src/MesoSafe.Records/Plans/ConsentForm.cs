namespace MesoSafe.Records.Plans;

/// <summary>What the patient is asked to accept for the current revision of a plan;
/// <see cref="KnowledgeBase"/> is the version of the knowledge base the risks come from.</summary>
public sealed record ConsentForm(Guid PlanId, int PlanRevision, IReadOnlyList<PlanRisk> Risks, Consent? Accepted, string KnowledgeBase);
