using MesoSafe.Knowledge;

namespace MesoSafe.Clinical.Triage;

/// <summary>Triage as a pure function of (request, knowledge base). Thread-safe.</summary>
public sealed class TriageEngine(KnowledgeBase knowledgeBase)
{
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public TriageResult Evaluate(TriageRequest request) => throw new NotImplementedException();
}
