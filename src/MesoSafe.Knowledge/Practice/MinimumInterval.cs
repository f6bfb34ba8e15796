namespace MesoSafe.Knowledge.Practice;

/// <summary>Fewer days than this between two sessions of a patient flags the later one.</summary>
public sealed record MinimumInterval
{
    public int Days { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
