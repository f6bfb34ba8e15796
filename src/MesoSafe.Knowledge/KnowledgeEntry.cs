namespace MesoSafe.Knowledge;

/// <summary>One vocabulary entry: a code with the words patients and clinicians use for it.</summary>
public sealed record KnowledgeEntry
{
    public string Code { get; init; } = "";

    public EntryKind Kind { get; init; }

    public string? Name { get; init; }

    /// <summary>Generic names, lay words and abbreviations, matched case-insensitively.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Brand names (US, EU, Turkey, Gulf states), matched like synonyms.</summary>
    public IReadOnlyList<string> Brands { get; init; } = [];

    /// <summary>For substances: the substance classes (codes of <see cref="EntryKind.SubstanceClass"/>) it belongs to.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>Ambiguous words mapped to this entry because it is the more severe reading.</summary>
    public IReadOnlyList<SaferReading> SaferReadings { get; init; } = [];

    /// <summary>For symptoms: expected up to this many days since the session (self-care table).</summary>
    public int? ExpectedDays { get; init; }

    /// <summary>Codes of the same kind this entry overrides when one entry names both
    /// ("breast cancer in remission" is cancer-remission, not cancer).</summary>
    public IReadOnlyList<string> Supersedes { get; init; } = [];

    /// <summary>For substances: symptom codes it is known to cause ("lecithin is known to cause
    /// inflammation and swelling").</summary>
    public IReadOnlyList<string> Reactions { get; init; } = [];

    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
