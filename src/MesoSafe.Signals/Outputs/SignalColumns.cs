namespace MesoSafe.Signals.Outputs;

/// <summary>Output column names: the contract's twelve, in the contract's order, then the extras.
/// The command line's JSON writer uses the same names.</summary>
public static class SignalColumns
{
    public static readonly IReadOnlyList<string> Contract = ["product", "event", "N", "E", "RR", "PRR", "ROR", "IC", "IC025", "EBGM", "EB05", "EB95"];

    public static readonly IReadOnlyList<string> Extra = ["PRRchisq", "PRR025", "PRR975", "ROR025", "ROR975", "signal"];

    public const string Ids = "ids";

    public static IReadOnlyList<string> For(SignalCsvOptions options)
    {
        var columns = new List<string>(Contract);
        if (options.Extras)
        {
            columns.AddRange(Extra);
        }

        if (options.ReportIds)
        {
            columns.Add(Ids);
        }

        return columns;
    }
}
