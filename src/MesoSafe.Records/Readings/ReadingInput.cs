namespace MesoSafe.Records.Readings;

/// <summary>A practitioner's reading as posted; only <see cref="Action"/> is required. Without
/// <see cref="Words"/> the check-in's unread words are taken.</summary>
public sealed record ReadingInput(
    string? Action,
    IReadOnlyList<string>? ReadAs,
    string? Level,
    string? Language,
    IReadOnlyList<string>? Words);
