namespace MesoSafe.Signals;

/// <summary>Every score for one (product, event) pair seen together at least once.
/// Infinite values are <see cref="double.PositiveInfinity"/>, undefined ones <see cref="double.NaN"/>.</summary>
public sealed class SignalRow
{
    public required string Product { get; init; }
    public required string Event { get; init; }

    /// <summary>Distinct reports naming both the product and the event (a in the 2x2 table).</summary>
    public required long N { get; init; }

    /// <summary>Distinct reports naming the product (n_i.) and the event (n_.j), and all reports (n..).</summary>
    public required long ProductReports { get; init; }
    public required long EventReports { get; init; }
    public required long TotalReports { get; init; }

    /// <summary>Expected N under independence, computed within each stratum and summed.</summary>
    public required double E { get; init; }
    public required double RR { get; init; }

    public required double PRR { get; init; }

    /// <summary>Yates-corrected Pearson chi-square of the 2x2 table (as R's chisq.test).</summary>
    public required double PrrChiSquare { get; init; }
    public required double PrrLower95 { get; init; }
    public required double PrrUpper95 { get; init; }

    public required double ROR { get; init; }
    public required double Ror025 { get; init; }
    public required double Ror975 { get; init; }

    public required double IC { get; init; }
    public required double IC025 { get; init; }

    public required double EBGM { get; init; }
    public required double EB05 { get; init; }
    public required double EB95 { get; init; }

    /// <summary>The reports naming both, when <see cref="ReportTableOptions.KeepReportIds"/> was set.</summary>
    public IReadOnlyList<string>? ReportIds { get; init; }
}
