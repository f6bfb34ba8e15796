namespace MesoSafe.Knowledge.Rules;

/// <summary>How many sessions a course has and how far apart they are (seed 000: three to fifteen
/// sessions, seven to ten days apart at first, then weekly or monthly). The "course" screening
/// rules compare a plan's sessions and interval with these bounds.</summary>
public sealed record CourseOfSessions
{
    public string Code { get; init; } = "";

    public int MinSessions { get; init; }

    public int MaxSessions { get; init; }

    /// <summary>Days between sessions at the start of a course.</summary>
    public int MinIntervalDays { get; init; }

    public int MaxIntervalDays { get; init; }

    /// <summary>The longest interval once the skin improves ("then weekly or monthly").</summary>
    public int MaxLaterIntervalDays { get; init; }

    public string Description { get; init; } = "";

    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The bound a course rule names (<see cref="ScreeningRule.Bound"/>), or null for an unknown name.</summary>
    public int? Bound(string? name) => name switch
    {
        CourseBounds.SessionsMin => MinSessions,
        CourseBounds.SessionsMax => MaxSessions,
        CourseBounds.IntervalMin => MinIntervalDays,
        CourseBounds.IntervalMax => MaxLaterIntervalDays,
        _ => null,
    };
}

/// <summary>The bounds a "course" screening rule may check: below the minimum or above the maximum
/// of sessions, or of the interval between sessions.</summary>
public static class CourseBounds
{
    public const string SessionsMin = "sessions-min";
    public const string SessionsMax = "sessions-max";
    public const string IntervalMin = "interval-min";
    public const string IntervalMax = "interval-max";

    public static IReadOnlyList<string> All { get; } = [SessionsMin, SessionsMax, IntervalMin, IntervalMax];
}
