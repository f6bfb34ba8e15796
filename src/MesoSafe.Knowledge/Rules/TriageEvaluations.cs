namespace MesoSafe.Knowledge.Rules;

/// <summary>The evaluations a triage rule may name; the engine implements each.</summary>
public static class TriageEvaluations
{
    /// <summary>The symptom is one of <c>symptoms</c>.</summary>
    public const string Present = "present";

    /// <summary>The symptom is reported together with one of <c>with</c>.</summary>
    public const string Together = "together";

    /// <summary>Together, and the symptom or its partner is spreading or worsening.</summary>
    public const string TogetherSpreadingOrWorsening = "together-spreading-or-worsening";

    /// <summary>A fever symptom, or the measured temperature at or above <c>temperatureC</c>.</summary>
    public const string Temperature = "temperature";

    public const string SpreadingOrSevere = "spreading-or-severe";

    /// <summary>Severe, except the symptoms in <c>except</c>.</summary>
    public const string Severe = "severe";

    public const string SevereOrLastingMoreThan = "severe-or-lasting-more-than";

    /// <summary>Lasting (days since it started) more than <c>days</c>.</summary>
    public const string LastingMoreThan = "lasting-more-than";

    /// <summary>Began <c>days</c> or more after the session.</summary>
    public const string StartedAtLeast = "started-at-least";

    public const string WorseningStartedAtLeast = "worsening-started-at-least";

    /// <summary>Marked worsening <c>days</c> or more after the session.</summary>
    public const string WorseningAtLeast = "worsening-at-least";

    /// <summary>Still present after its expected duration (days since the session).</summary>
    public const string BeyondExpected = "beyond-expected";

    public const string Unrecognized = "unrecognized";

    public const string UnrecognizedSevere = "unrecognized-severe";

    /// <summary>A recognized symptom no other rule places.</summary>
    public const string Unplaced = "unplaced";

    /// <summary>Mild or moderate within its expected duration.</summary>
    public const string Expected = "expected";

    public static IReadOnlyList<string> All { get; } =
    [
        Present, Together, TogetherSpreadingOrWorsening, Temperature, SpreadingOrSevere, Severe,
        SevereOrLastingMoreThan, LastingMoreThan, StartedAtLeast, WorseningStartedAtLeast, WorseningAtLeast,
        BeyondExpected, Unrecognized, UnrecognizedSevere, Unplaced, Expected,
    ];

    public static IReadOnlyList<string> Levels { get; } = ["emergency", "urgent", "review", "self-care"];
}
