using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesoSafe.Records.Readings;

/// <summary>Candidate synonyms drawn from practitioners' readings: a draft for whoever edits the
/// knowledge base to review, never applied by itself.</summary>
public sealed record ReadingDraft(
    [property: JsonPropertyName("draft")] bool Draft,
    [property: JsonPropertyName("note")] string Note,
    [property: JsonPropertyName("generatedAt")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("candidates")] IReadOnlyList<SynonymCandidate> Candidates)
{
    public const string NoteText = "Draft only: candidate synonyms from practitioners' readings of check-ins the knowledge base could not read. "
        + "Review each one and add it to src/MesoSafe.Knowledge/Data with its source; nothing here changes the knowledge base.";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>One candidate a (code, words, language, version); readings not read as any code are left out.</summary>
    public static ReadingDraft From(IEnumerable<ReadingCount> counts, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var candidates = counts
            .SelectMany(c => c.ReadAs.Select(code => (Code: code, c.Words, c.Language, c.KnowledgeBase, c.Count)))
            .GroupBy(c => (c.Code, c.Words, c.Language, c.KnowledgeBase))
            .Select(g => new SynonymCandidate(g.Key.Code, g.Key.Words, g.Key.Language, g.Sum(c => c.Count),
                "practitioner readings, knowledge base " + g.Key.KnowledgeBase))
            .OrderBy(c => c.Source, StringComparer.Ordinal)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Words, StringComparer.Ordinal)
            .ToList();
        return new ReadingDraft(true, NoteText, generatedAt, candidates);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed record SynonymCandidate(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("words")] string Words,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("source")] string Source);
