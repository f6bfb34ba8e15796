using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;

namespace MesoSafe.Records.Sessions;

/// <summary>The charting rules of the knowledge base (minimum interval, check-in days) and its
/// depth rule, checked by the same compiled rule as screening.</summary>
public sealed class SessionRules
{
    private readonly DepthCheck depth;

    /// <summary>Throws <see cref="InvalidDataException"/> when the knowledge base declares no charting rules.</summary>
    public SessionRules(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var charting = knowledgeBase.Charting
            ?? throw new InvalidDataException($"knowledge base {knowledgeBase.Version} declares no charting rules");
        MinimumIntervalDays = charting.MinimumInterval.Days;
        CheckInDays = charting.CheckIns.Days;
        depth = new DepthCheck(knowledgeBase, charting.DepthRule);
    }

    public int MinimumIntervalDays { get; }

    public IReadOnlyList<int> CheckInDays { get; }

    public static SessionRules LoadEmbedded() => new(KnowledgeBase.LoadEmbedded());

    /// <summary>True when the depth is outside the range of the technique in any of the areas.</summary>
    public bool DepthOutOfRange(string technique, IEnumerable<string> areas, double? depthMm) =>
        depthMm is { } mm && depth.IsOutOfRange(technique, areas, mm);
}
