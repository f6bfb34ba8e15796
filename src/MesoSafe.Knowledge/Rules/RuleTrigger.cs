namespace MesoSafe.Knowledge.Rules;

/// <summary>When a "history" screening rule applies. Each group that is given must hold:
/// history (any of <see cref="Conditions"/>, <see cref="Medications"/>, <see cref="Habits"/>),
/// plan (any of <see cref="Planned"/> substances or classes, or <see cref="Indications"/>),
/// <see cref="Areas"/> (any), and <see cref="PlannedNone"/> (none of them planned).</summary>
public sealed record RuleTrigger
{
    public IReadOnlyList<string> Conditions { get; init; } = [];

    public IReadOnlyList<string> Medications { get; init; } = [];

    public IReadOnlyList<string> Habits { get; init; } = [];

    /// <summary>Substance or substance-class codes; "planned" is substances plus the anaesthetic.</summary>
    public IReadOnlyList<string> Planned { get; init; } = [];

    public IReadOnlyList<string> Indications { get; init; } = [];

    public IReadOnlyList<string> Areas { get; init; } = [];

    public IReadOnlyList<string> PlannedNone { get; init; } = [];
}
