using System.Globalization;

namespace MesoSafe.Clinical.Json;

/// <summary>The limits of the contract (ADR 0202), in one place: the wire layer (command line and
/// evaluate endpoints), the records API and the forms all check these, so a request one of them
/// takes is never refused by another (ADR 0405). Generous for any real patient, small enough that
/// one hostile line cannot exhaust memory or time.</summary>
public static class RequestLimits
{
    /// <summary>Characters in one string value (an id, a code or a free-text list entry).</summary>
    public const int MaxEntryLength = 2_000;

    /// <summary>Characters in the triage <c>text</c> field.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Entries in one list (conditions, symptoms, ...).</summary>
    public const int MaxListEntries = 500;

    /// <summary>Planned or charted injection depth; whether it suits the technique and area is a
    /// screening rule or a session flag, not a limit.</summary>
    public const double MinDepthMm = 0.0;

    /// <summary>Mesotherapy never goes near 20 mm.</summary>
    public const double MaxDepthMm = 20.0;

    /// <summary>Sessions in one planned course (the clinic record allows the same).</summary>
    public const int MaxPlanSessions = 50;

    /// <summary>Days between two planned sessions.</summary>
    public const int MaxIntervalDays = 365;

    public const double MinTemperatureC = 30.0;

    public const double MaxTemperatureC = 45.0;

    /// <summary>Bytes in one request (one HTTP body or one JSON Lines line).</summary>
    public const int MaxRequestBytes = 2 * 1024 * 1024;

    public static bool IsDepthInRange(double depthMm) => InRange(depthMm, MinDepthMm, MaxDepthMm);

    public static bool IsTemperatureInRange(double temperatureC) => InRange(temperatureC, MinTemperatureC, MaxTemperatureC);

    /// <summary>Inclusive at both ends; NaN and infinities are never in range.</summary>
    public static bool InRange(double value, double min, double max) => double.IsFinite(value) && value >= min && value <= max;

    /// <summary>"between 0 and 20 mm", as every message about a range says it.</summary>
    public static string Between(double min, double max, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"between {min} and {max} {unit}");
}
