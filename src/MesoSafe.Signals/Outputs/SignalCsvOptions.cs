namespace MesoSafe.Signals.Outputs;

/// <summary>Which columns follow the contract's twelve.</summary>
public sealed record SignalCsvOptions
{
    /// <summary>The contract's columns alone (the web page's export).</summary>
    public static SignalCsvOptions ContractOnly { get; } = new();

    /// <summary><c>PRRchisq, PRR025, PRR975, ROR025, ROR975, signal</c> after the contract's columns.</summary>
    public bool Extras { get; init; }

    /// <summary>A last <c>ids</c> column: the reports naming both, <c>;</c>-separated.</summary>
    public bool ReportIds { get; init; }
}
