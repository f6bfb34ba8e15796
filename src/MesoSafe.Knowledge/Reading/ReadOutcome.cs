namespace MesoSafe.Knowledge.Reading;

/// <summary>Which request field an entry was written in: it decides which kinds of entry the
/// words may name (a medicine in a symptom report names nothing the rules use).</summary>
public enum ReadingField
{
    Conditions,
    Medications,
    Allergies,
    Symptoms,
}

/// <summary>How a mention stands in its sentence (NegEx / ConText categories).</summary>
public enum MentionContext
{
    Asserted,
    Negated,
    Past,
    OtherPerson,
    Hypothetical,
}

/// <summary>One knowledge-base entry named in an entry.</summary>
public sealed record ReadItem
{
    public required KnowledgeEntry Entry { get; init; }

    /// <summary>The words as written.</summary>
    public required string Words { get; init; }

    public MentionContext Context { get; init; }

    /// <summary>The cue words the context rests on.</summary>
    public string? Cue { get; init; }

    /// <summary>Days since it stopped or happened, when the entry says ("3 weeks ago", "in 2019").</summary>
    public int? ElapsedDays { get; init; }

    /// <summary>A safer reading's note, or how a spelling was read.</summary>
    public string? Note { get; init; }

    /// <summary>Read by composing a site and a finding ("lips ... swelling").</summary>
    public bool Composed { get; init; }

    /// <summary>Whether the negation's scope was sure: the cue and the mention with nothing unread between.</summary>
    public bool ScopeSure { get; init; } = true;
}

/// <summary>The account of one entry: what it names, the qualifiers that raise a symptom, and
/// every word that nothing accounts for.</summary>
public sealed record ReadOutcome
{
    public required string Entry { get; init; }

    public required IReadOnlyList<ReadItem> Items { get; init; }

    public required IReadOnlyList<string> Unread { get; init; }

    /// <summary>"none", "nil", "no allergies" with nothing else in the entry.</summary>
    public bool SaysNothing { get; init; }

    public bool Severe { get; init; }

    public bool Spreading { get; init; }

    public bool Worsening { get; init; }

    /// <summary>Spellings read as vocabulary words ("'Xeralto' read as 'Xarelto'").</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];

    /// <summary>Some word carried meaning (a context, qualifier or cue word), not only fillers,
    /// doses and numbers.</summary>
    public bool SaysSomething { get; init; }

    /// <summary>Every word accounted for and something named or said to be nothing. An entry of only
    /// context words ("well controlled", "ay") names nothing and goes to a person.</summary>
    public bool Accounted => WhollyRead;

    /// <summary>Wholly read: nothing unread, and something named (or said to be nothing).</summary>
    public bool WhollyRead => Unread.Count == 0 && (Items.Count > 0 || SaysNothing);
}
