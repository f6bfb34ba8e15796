namespace MesoSafe.Knowledge.Vocabulary;

/// <summary>One thing an entry names: the code, its kind, the synonym that matched (as written in
/// the knowledge base) and the input it was found in. <see cref="SaferReading"/> is set when an
/// ambiguous word was read as the more severe candidate.</summary>
public sealed record VocabularyMatch(string Code, EntryKind Kind, string MatchedSynonym, string Input)
{
    public required KnowledgeEntry Entry { get; init; }

    public string? SaferReading { get; init; }
}
