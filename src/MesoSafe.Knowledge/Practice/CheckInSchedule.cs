namespace MesoSafe.Knowledge.Practice;

/// <summary>The days after a session on which a check-in is due, ascending.</summary>
public sealed record CheckInSchedule
{
    public IReadOnlyList<int> Days { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];
}
