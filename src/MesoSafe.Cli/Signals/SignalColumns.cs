namespace MesoSafe.Cli.Signals;

/// <summary>Output column names: the contract's twelve, in the contract's order, then the extras.
/// The JSON writer uses the same names.</summary>
internal static class SignalColumns
{
    public static readonly string[] Contract = ["product", "event", "N", "E", "RR", "PRR", "ROR", "IC", "IC025", "EBGM", "EB05", "EB95"];

    public static readonly string[] Extra = ["PRRchisq", "PRR025", "PRR975", "ROR025", "ROR975", "signal"];

    public const string Ids = "ids";

    public static IEnumerable<string> All(bool listIds) => listIds ? [.. Contract, .. Extra, Ids] : [.. Contract, .. Extra];
}
