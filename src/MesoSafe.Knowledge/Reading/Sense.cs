namespace MesoSafe.Knowledge.Reading;

/// <summary>What a phrase of the lexicon means.</summary>
internal enum SenseKind
{
    /// <summary>A knowledge-base entry (condition, medication, symptom...).</summary>
    Entry,

    /// <summary>severe, spreading, worsening, mild, improving.</summary>
    Qualifier,

    Cue,

    /// <summary>A composition group word (a body site or a finding).</summary>
    Group,

    /// <summary>A word that carries no code by itself: a site, a time, a person, a question.</summary>
    Context,

    /// <summary>A dose, unit, form, frequency or salt.</summary>
    Dose,

    Filler,
}

internal sealed record Sense
{
    public required SenseKind Kind { get; init; }

    public KnowledgeEntry? Entry { get; init; }

    /// <summary>Qualifier code, group name or context category.</summary>
    public string? Name { get; init; }

    public CueCategory Cue { get; init; }

    public CueDirection Direction { get; init; }

    public int MaxScope { get; init; }

    /// <summary>A safer reading's note.</summary>
    public string? Note { get; init; }

    /// <summary>The lexicon words as written in the data.</summary>
    public required string Phrase { get; init; }

    public string Language { get; init; } = "en";
}
