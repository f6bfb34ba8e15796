namespace MesoSafe.Cli.KnowledgeBase;

/// <summary>One entry as <c>kb show</c> prints it.</summary>
internal sealed record EntryView(
    string Code,
    string Kind,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Brands,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Members,
    int? ExpectedDays,
    IReadOnlyList<string> SaferReadings,
    string? Note,
    IReadOnlyList<string> UsedBy,
    IReadOnlyList<string> Sources)
{
    /// <summary>Added: for a substance, the symptoms it is known to cause.</summary>
    public IReadOnlyList<string> Reactions { get; init; } = [];
}
