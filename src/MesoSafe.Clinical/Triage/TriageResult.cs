using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Clinical.Triage;

/// <summary>contract.md, "Triage result".</summary>
public sealed record TriageResult
{
    public string? Id { get; init; }

    public required TriageLevel Level { get; init; }

    public required IReadOnlyList<TriageFinding> Findings { get; init; }

    public required IReadOnlyList<string> Advice { get; init; }

    public required IReadOnlyList<string> Unrecognized { get; init; }

    /// <summary>Added field: each entry of <see cref="Unrecognized"/> with the words left unread.</summary>
    public IReadOnlyList<UnreadEntry> Unread { get; init; } = [];

    /// <summary>Added field: how each free-text entry was read (terms, context cues, spellings).</summary>
    public IReadOnlyList<EntryReading> Readings { get; init; } = [];

    public required string KnowledgeBase { get; init; }
}

public sealed record TriageFinding
{
    /// <summary>The symptom's code (or the unrecognized text, or "temperature").</summary>
    public required string Symptom { get; init; }

    /// <summary>The stable code of the rule that placed the symptom.</summary>
    public required string Rule { get; init; }

    public required TriageLevel Level { get; init; }

    public required bool Expected { get; init; }

    public required string Message { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

/// <summary>Ordered from least to most severe.</summary>
public enum TriageLevel
{
    SelfCare = 0,
    Review = 1,
    Urgent = 2,
    Emergency = 3,
}
