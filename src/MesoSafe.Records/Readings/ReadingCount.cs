namespace MesoSafe.Records.Readings;

/// <summary>How often practitioners read the same words, in the same language, as the same codes,
/// under one knowledge-base version.</summary>
public sealed record ReadingCount(
    string KnowledgeBase,
    string Words,
    string? Language,
    IReadOnlyList<string> ReadAs,
    int Count,
    DateTimeOffset LastRecordedAt);
