namespace MesoSafe.Knowledge.Reading;

/// <summary>How one free-text entry was read: every term found in it and every word left
/// unread. An entry with unread words is never treated as wholly understood.</summary>
public sealed record EntryReading
{
    /// <summary>The entry as it was written.</summary>
    public required string Entry { get; init; }

    /// <summary>Where it was written ("conditions", "medications", "allergies", "symptoms", "text").</summary>
    public string? Field { get; init; }

    /// <summary>What was read, in the order written.</summary>
    public required IReadOnlyList<ReadTerm> Terms { get; init; }

    /// <summary>Content words that no vocabulary, qualifier, cue or filler accounts for.</summary>
    public required IReadOnlyList<string> Unread { get; init; }
}

/// <summary>One thing read in an entry: the words as written, the code they were read as and,
/// when it matters, the context cue ("negated: 'no'") or the spelling it was read as.</summary>
public sealed record ReadTerm
{
    public required string Words { get; init; }

    public required string Code { get; init; }

    /// <summary>The knowledge-base kind, kebab-case ("medication", "symptom", ...).</summary>
    public required string Kind { get; init; }

    /// <summary>null when asserted; otherwise "negated", "past", "other-person" or "hypothetical".</summary>
    public string? Context { get; init; }

    /// <summary>The cue words the context rests on ("no", "stopped ... 3 months ago").</summary>
    public string? Cue { get; init; }

    /// <summary>How the words were read when not verbatim: "'Xeralto' read as 'Xarelto'".</summary>
    public string? Note { get; init; }
}

/// <summary>An entry not wholly read, with its unread words (result field <c>unread</c>).</summary>
public sealed record UnreadEntry(string Entry, IReadOnlyList<string> Words);
