namespace MesoSafe.Signals;

/// <summary>What <see cref="SignalAnalysis.Run"/> returns.</summary>
public sealed class SignalAnalysisResult
{
    /// <summary>One row per (product, event) pair with N &gt;= 1, ordered by product then event (ordinal).</summary>
    public required IReadOnlyList<SignalRow> Rows { get; init; }

    /// <summary>The prior behind EBGM/EB05/EB95 (also when the fit did not converge: the best point reached).</summary>
    public required GammaMixturePrior Prior { get; init; }

    /// <summary>Null when the fit converged; otherwise why not (then EBGM, EB05 and EB95 are NaN).</summary>
    public string? FitMessage { get; init; }

    /// <summary>Distinct reports in the table (n..).</summary>
    public required long TotalReports { get; init; }
}
