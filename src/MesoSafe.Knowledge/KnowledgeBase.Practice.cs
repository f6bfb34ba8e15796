using MesoSafe.Knowledge.Practice;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Knowledge;

/// <summary>The facts of clinic practice (charting, consent, check-in), beside the vocabulary and
/// rules and versioned with them.</summary>
public sealed partial class KnowledgeBase
{
    private static readonly EntryKind[] IndicationKinds = [EntryKind.Indication];
    private static readonly EntryKind[] AreaKinds = [EntryKind.Area];

    /// <summary>The charting rules; null only for data that declares none (a fixture or a partial
    /// copy), never for the embedded data.</summary>
    public ChartingRules? Charting { get; internal init; }

    public IReadOnlyList<ConsentRisk> ConsentRisks { get; internal init; } = [];

    public IReadOnlyList<CheckInQuickPick> CheckInQuickPicks { get; internal init; } = [];

    /// <summary>The risks a consent lists for a plan. The plan's indication and areas are mapped
    /// through the vocabulary first, so "skin rejuvenation" or "under the eyes" find their codes; every
    /// indication a text names counts (listing one risk too many is the safer reading).</summary>
    public IReadOnlyList<ConsentRisk> ConsentRisksFor(string? indication, IEnumerable<string> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var indications = string.IsNullOrWhiteSpace(indication) ? [] : Codes(indication, IndicationKinds);
        var areaCodes = areas.Where(a => !string.IsNullOrWhiteSpace(a)).SelectMany(a => Codes(a, AreaKinds)).ToHashSet(StringComparer.Ordinal);
        return ConsentRisks.Where(r => r.AppliesTo(indications, areaCodes)).ToList();
    }

    /// <summary>The practice facts that name this entry, for <c>kb show</c>'s "used by".</summary>
    public IReadOnlyList<string> PracticeFactsUsing(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var users = new List<string>();
        foreach (var risk in ConsentRisks)
        {
            var uses = entry.Kind switch
            {
                EntryKind.Indication => risk.When?.Indications.Contains(entry.Code) == true,
                EntryKind.Area => risk.When?.Areas.Contains(entry.Code) == true,
                _ => false,
            };
            if (uses)
            {
                users.Add($"consent risk {risk.Code}");
            }
        }

        if (entry.Kind == EntryKind.Symptom && CheckInQuickPicks.FirstOrDefault(p => p.Symptom == entry.Code) is { } pick)
        {
            users.Add($"check-in quick pick \"{pick.Words}\"");
        }

        if (entry.Kind == EntryKind.SubstanceClass && Charting?.Anesthetics.Class == entry.Code)
        {
            users.Add("charting: the local anaesthetics offered");
        }

        return users;
    }

    private HashSet<string> Codes(string text, EntryKind[] kinds) =>
        Vocabulary.Match(text, kinds).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
}
