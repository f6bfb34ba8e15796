namespace MesoSafe.Records.AdverseEvents;

/// <summary>The coded values of a report: ICH E2A seriousness criteria and WHO-UMC causality
/// categories (published standards), plus severity, outcome and reporter.</summary>
public static class AdverseEventVocabulary
{
    public static IReadOnlySet<string> Seriousness { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "death", "life-threatening", "hospitalisation", "disability", "congenital-anomaly", "other-medically-important",
    };

    public static IReadOnlySet<string> Causality { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "certain", "probable", "possible", "unlikely", "conditional", "unassessable",
    };

    public static IReadOnlySet<string> Severity { get; } = new HashSet<string>(StringComparer.Ordinal) { "mild", "moderate", "severe" };

    public static IReadOnlySet<string> Outcome { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "recovered", "recovering", "not-recovered", "recovered-with-sequelae", "fatal", "unknown",
    };

    public static IReadOnlySet<string> Reporter { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "practitioner", "patient", "safety-officer", "other",
    };
}
