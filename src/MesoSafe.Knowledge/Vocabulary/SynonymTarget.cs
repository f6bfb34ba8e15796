namespace MesoSafe.Knowledge.Vocabulary;

/// <summary>What a normalised synonym points to.</summary>
internal sealed record SynonymTarget(KnowledgeEntry Entry, string Synonym, string? SaferReading);
