using MesoSafe.Knowledge;

namespace MesoSafe.Clinical.Screening;

/// <summary>Screening as a pure function of (request, knowledge base). Thread-safe.</summary>
public sealed class ScreeningEngine(KnowledgeBase knowledgeBase)
{
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public ScreeningResult Evaluate(ScreeningRequest request) => throw new NotImplementedException();
}
