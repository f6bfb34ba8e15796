namespace MesoSafe.Clinical.Json;

/// <summary>Size limits of one request (ADR 0202). Generous for any real patient, small enough
/// that one hostile line cannot exhaust memory or time.</summary>
public static class RequestLimits
{
    /// <summary>Characters in one string value (an id, a code or a free-text list entry).</summary>
    public const int MaxEntryLength = 2_000;

    /// <summary>Characters in the triage <c>text</c> field.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Entries in one list (conditions, symptoms, ...).</summary>
    public const int MaxListEntries = 500;

    /// <summary>Planned injection depth; mesotherapy never goes near 20 mm.</summary>
    public const double MaxDepthMm = 20.0;

    /// <summary>Sessions in one planned course (the clinic record allows the same).</summary>
    public const int MaxPlanSessions = 50;

    /// <summary>Days between two planned sessions.</summary>
    public const int MaxIntervalDays = 365;

    public const double MinTemperatureC = 30.0;

    public const double MaxTemperatureC = 45.0;

    /// <summary>Bytes in one request (one HTTP body or one JSON Lines line).</summary>
    public const int MaxRequestBytes = 2 * 1024 * 1024;
}
