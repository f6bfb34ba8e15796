using MesoSafe.Knowledge;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>The pick lists of the intake and plan forms, read from the knowledge base's vocabulary.
/// Free text is still accepted for the list fields and screened as such.</summary>
public sealed class IntakeChoices(KnowledgeBase knowledge)
{
    public IReadOnlyList<KnowledgeEntry> Areas { get; } = Of(knowledge, EntryKind.Area);

    public IReadOnlyList<KnowledgeEntry> Techniques { get; } = Of(knowledge, EntryKind.Technique);

    public IReadOnlyList<KnowledgeEntry> Indications { get; } = Of(knowledge, EntryKind.Indication);

    /// <summary>The local anaesthetics: members of the knowledge base's class.</summary>
    public IReadOnlyList<KnowledgeEntry> Anesthetics { get; } =
        [.. knowledge.MembersOf("local-anesthetics").OrderBy(e => e.Code, StringComparer.Ordinal)];

    public static string Label(KnowledgeEntry entry) => entry.Name ?? entry.Code.Replace('-', ' ');

    private static KnowledgeEntry[] Of(KnowledgeBase knowledge, EntryKind kind) =>
        [.. knowledge.Entries.Where(e => e.Kind == kind)];
}
