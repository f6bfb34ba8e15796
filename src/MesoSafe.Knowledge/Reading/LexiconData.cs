namespace MesoSafe.Knowledge.Reading;

/// <summary>One language's reading words (a <c>lexicon</c> object of a data file, ADR 0104).</summary>
public sealed record LexiconData
{
    public string Language { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<LexiconTerm> Terms { get; init; } = [];

    public IReadOnlyList<LexiconGroup> Groups { get; init; } = [];

    public IReadOnlyList<LexiconQualifier> Qualifiers { get; init; } = [];

    public IReadOnlyList<LexiconCue> Cues { get; init; } = [];

    public IReadOnlyList<LexiconContext> Context { get; init; } = [];

    public IReadOnlyList<string> Fillers { get; init; } = [];
}

/// <summary>Words of one language for an existing knowledge-base entry.</summary>
public sealed record LexiconTerm
{
    public string Code { get; init; } = "";

    public EntryKind Kind { get; init; }

    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>When set, these words are a safer reading and the note says why.</summary>
    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}

public sealed record LexiconGroup
{
    public string Group { get; init; } = "";

    public IReadOnlyList<string> Words { get; init; } = [];
}

public sealed record LexiconQualifier
{
    /// <summary><c>severe</c>, <c>spreading</c>, <c>worsening</c>, <c>mild</c> or <c>improving</c>.</summary>
    public string Code { get; init; } = "";

    public IReadOnlyList<string> Words { get; init; } = [];
}

public sealed record LexiconCue
{
    public CueCategory Category { get; init; }

    public CueDirection Direction { get; init; } = CueDirection.Forward;

    public int MaxScope { get; init; } = 5;

    public IReadOnlyList<string> Words { get; init; } = [];
}

public sealed record LexiconContext
{
    public string Category { get; init; } = "";

    public IReadOnlyList<string> Words { get; init; } = [];
}

/// <summary>Site and finding groups that together name a code within a few words
/// ("lip" + "swollen" = tongue-or-lip-swelling), in any order.</summary>
public sealed record Composition
{
    public string Code { get; init; } = "";

    public EntryKind Kind { get; init; } = EntryKind.Symptom;

    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>At most this many words from the first group word to the last.</summary>
    public int Window { get; init; } = 6;

    /// <summary>When not empty, composed only when one of these codes is also read in the entry
    /// ("face" + "swollen" is face-swelling only with hives or dizziness; alone it is the expected
    /// swelling of the treated area).</summary>
    public IReadOnlyList<string> WithAny { get; init; } = [];

    /// <summary>Codes the composed words no longer name ("bruise" + "yellow" is a healing bruise:
    /// that "yellow" is not jaundice). A code stays when another word names it, or when another
    /// composition gives it ("eyes" + "yellow").</summary>
    public IReadOnlyList<string> Absorbs { get; init; } = [];

    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>How a past mention of an entry is read in screening ("had acne as a teenager",
/// "stopped ibuprofen 3 weeks ago"). <c>keep</c>: still counts; <c>drop</c>: no longer counts;
/// <c>window</c>: counts until <see cref="Days"/> have passed since it stopped (kept when the time is
/// not said); <c>replace</c>: read as <see cref="Code"/> of the same kind.</summary>
public sealed record PastReading
{
    public string Entry { get; init; } = "";

    public EntryKind Kind { get; init; }

    public string Reading { get; init; } = "keep";

    public int? Days { get; init; }

    public string? Code { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}

public enum CueCategory
{
    Negated,
    Past,
    OtherPerson,
    Hypothetical,
    FirstPerson,
    SameAs,
    Terminate,
    Pseudo,
}

public enum CueDirection
{
    Forward,
    Backward,
    Both,
}

/// <summary>A safer reading that gives way when the same entry names a more specific code: "diabetes"
/// alone is read as insulin-treated, but "diabetes, type 2" is type 2 (<see cref="To"/>).</summary>
public sealed record SaferReadingYield
{
    public string Entry { get; init; } = "";

    public EntryKind Kind { get; init; }

    /// <summary>Codes of the same kind that, named in the entry (asserted or past), replace the safer reading.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}

/// <summary>Entries whose mention also counts as a composition group's word ("swelled up", read as
/// swelling, is a "swollen" word for "my face swelled up").</summary>
public sealed record EntryGroup
{
    public string Group { get; init; } = "";

    public IReadOnlyList<string> Entries { get; init; } = [];
}
