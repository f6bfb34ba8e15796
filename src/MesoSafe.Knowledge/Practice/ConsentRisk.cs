namespace MesoSafe.Knowledge.Practice;

/// <summary>A risk a consent lists. With no <see cref="When"/> it applies to every plan; else to a
/// plan with one of its indications or areas (codes, after the plan's words are mapped).</summary>
public sealed record ConsentRisk
{
    public string Code { get; init; } = "";

    public string Text { get; init; } = "";

    public ConsentRiskTrigger? When { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public bool AppliesTo(IReadOnlyCollection<string> indications, IReadOnlyCollection<string> areas) =>
        When is not { } when
        || when.Indications.Any(indications.Contains)
        || when.Areas.Any(areas.Contains);
}
