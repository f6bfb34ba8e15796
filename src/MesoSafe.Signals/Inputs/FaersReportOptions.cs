namespace MesoSafe.Signals.Inputs;

/// <summary>How a FAERS quarterly ASCII folder is read.</summary>
public sealed class FaersReportOptions
{
    /// <summary>The <c>role_cod</c> values FDA's FAERS files use.</summary>
    public static IReadOnlyList<string> KnownRoles { get; } = ["PS", "SS", "C", "I"];

    /// <summary>Drug roles kept (<c>role_cod</c>: PS primary suspect, SS secondary suspect,
    /// C concomitant, I interacting). Empty keeps every role. Default: PS only, as pvLRT's
    /// <c>faers22q3raw</c> and openEBGM's FAERS examples.</summary>
    public IReadOnlyList<string> Roles { get; init; } = ["PS"];

    /// <summary>DEMO columns (e.g. <c>sex</c>) whose values make a report's stratum.</summary>
    public IReadOnlyList<string> StrataColumns { get; init; } = [];
}
