namespace MesoSafe.Knowledge.Rules;

/// <summary>The evaluations a screening rule may name; the engine implements each.</summary>
public static class ScreeningEvaluations
{
    public const string History = "history";
    public const string AllergyToComponent = "allergy-to-component";
    public const string AllergyHistory = "allergy-history";
    public const string UnrecognizedEntry = "unrecognized-entry";
    public const string MinimumAge = "minimum-age";
    public const string AgeUnknown = "age-unknown";
    public const string Depth = "depth";
    public const string CombinedProcedure = "combined-procedure";

    /// <summary>The plan's sessions or interval beyond a bound of the course of sessions.</summary>
    public const string Course = "course";

    public static IReadOnlyList<string> All { get; } =
        [History, AllergyToComponent, AllergyHistory, UnrecognizedEntry, MinimumAge, AgeUnknown, Depth, CombinedProcedure, Course];

    public static IReadOnlyList<string> Effects { get; } =
        ["contraindicated", "deferred", "needs-review", "precaution", "info"];
}
