using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Practice;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>The pick lists of the intake, plan and session forms, read from the knowledge base.
/// Free text is still accepted for the list fields and screened as such.</summary>
public sealed class IntakeChoices(KnowledgeBase knowledge)
{
    public IReadOnlyList<KnowledgeEntry> Areas { get; } = Of(knowledge, EntryKind.Area);

    public IReadOnlyList<KnowledgeEntry> Techniques { get; } = Of(knowledge, EntryKind.Technique);

    public IReadOnlyList<KnowledgeEntry> Indications { get; } = Of(knowledge, EntryKind.Indication);

    /// <summary>The local anaesthetics: members of the class the charting rules name.</summary>
    public IReadOnlyList<KnowledgeEntry> Anesthetics { get; } =
        [.. knowledge.MembersOf(knowledge.Charting?.Anesthetics.Class ?? "").OrderBy(e => e.Code, StringComparer.Ordinal)];

    /// <summary>The asepsis checklist of a session.</summary>
    public IReadOnlyList<AsepsisStep> Asepsis { get; } = knowledge.Charting?.Asepsis ?? [];

    public static string Label(KnowledgeEntry entry) => entry.Name ?? entry.Code.Replace('-', ' ');

    private static KnowledgeEntry[] Of(KnowledgeBase knowledge, EntryKind kind) =>
        [.. knowledge.Entries.Where(e => e.Kind == kind)];
}
