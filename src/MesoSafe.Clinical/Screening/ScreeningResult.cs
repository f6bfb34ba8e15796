using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Clinical.Screening;

/// <summary>contract.md, "Screening result". Property names are the wire names in camelCase.</summary>
public sealed record ScreeningResult
{
    public string? Id { get; init; }

    public required ScreeningDecision Decision { get; init; }

    public required IReadOnlyList<ScreeningFinding> Findings { get; init; }

    public required IReadOnlyList<string> RequiredBeforeTreatment { get; init; }

    public required IReadOnlyList<string> Unrecognized { get; init; }

    /// <summary>Added field: each entry of <see cref="Unrecognized"/> with the words left unread.</summary>
    public IReadOnlyList<UnreadEntry> Unread { get; init; } = [];

    /// <summary>Added field: how each free-text entry was read (terms, context cues, spellings).</summary>
    public IReadOnlyList<EntryReading> Readings { get; init; } = [];

    /// <summary>Added field: what the patient does before the session (hydration, no strenuous
    /// exercise that day); empty when the decision is contraindicated.</summary>
    public IReadOnlyList<string> Advice { get; init; } = [];

    public required string KnowledgeBase { get; init; }
}

/// <summary>One explained, sourced finding. <see cref="Code"/> is a stable knowledge-base code.</summary>
public sealed record ScreeningFinding
{
    public required string Code { get; init; }

    public required FindingEffect Effect { get; init; }

    /// <summary>The substance, entry or item the finding is about, when there is one.</summary>
    public string? Subject { get; init; }

    public required string Message { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}

/// <summary>Ordered from least to most severe; the decision is the maximum.</summary>
public enum ScreeningDecision
{
    Eligible = 0,
    EligibleWithPrecautions = 1,
    NeedsReview = 2,
    Deferred = 3,
    Contraindicated = 4,
}

/// <summary>Ordered from least to most severe.</summary>
public enum FindingEffect
{
    Info = 0,
    Precaution = 1,
    NeedsReview = 2,
    Deferred = 3,
    Contraindicated = 4,
}
