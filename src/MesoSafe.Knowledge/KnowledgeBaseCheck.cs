namespace MesoSafe.Knowledge;

/// <summary>The outcome of validating data: the knowledge base when valid, else the problems,
/// one a line, each naming its entry.</summary>
public sealed record KnowledgeBaseCheck(KnowledgeBase? KnowledgeBase, IReadOnlyList<string> Problems)
{
    public bool IsValid => KnowledgeBase is not null;
}
