namespace MesoSafe.Knowledge.Practice;

/// <summary>What charting a session acts on: the minimum interval, the check-in days, the screening
/// rule whose depth limits apply (one rule for screening and charting, no copy), the class whose
/// members are offered as local anaesthetics, and the asepsis checklist.</summary>
public sealed record ChartingRules
{
    public MinimumInterval MinimumInterval { get; init; } = new();

    public CheckInSchedule CheckIns { get; init; } = new();

    /// <summary>Code of the screening rule (evaluation "depth") that charting checks depths against.</summary>
    public string DepthRule { get; init; } = "";

    public AnestheticClass Anesthetics { get; init; } = new();

    public IReadOnlyList<AsepsisStep> Asepsis { get; init; } = [];
}
