namespace MesoSafe.Records.Outcomes;

/// <summary>Ranges of record fields the contract does not have (its own are
/// <see cref="Clinical.Json.RequestLimits"/>); the records services and the forms both read them here.</summary>
public static class RecordLimits
{
    public const int MinSessions = 1;

    public const int MaxSessions = 50;

    public const int MinIntervalDays = 1;

    public const int MaxIntervalDays = 365;

    /// <summary>Volume of one product injected in a session.</summary>
    public const double MinVolumeMl = 0.01;

    public const double MaxVolumeMl = 100;
}
