namespace MesoSafe.Signals;

/// <summary>The arrays a <see cref="ReportTable"/> is made of (builder to table hand-over).</summary>
internal sealed class ReportTableParts
{
    public required string[] Products { get; init; }
    public required string[] Events { get; init; }
    public required string[] Strata { get; init; }
    public required int[] PairProduct { get; init; }
    public required int[] PairEvent { get; init; }
    public required long[] PairN { get; init; }
    public required double[] PairE { get; init; }
    public required long[] ProductReports { get; init; }
    public required long[] EventReports { get; init; }
    public string[]? ReportNames { get; init; }
    public int[]? PairReportStart { get; init; }
    public int[]? PairReports { get; init; }
    public required long TotalReports { get; init; }
    public required long RowsRead { get; init; }
    public required long DistinctTriples { get; init; }
    public required long ReportsWithConflictingStrata { get; init; }
}
