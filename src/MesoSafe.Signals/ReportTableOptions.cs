namespace MesoSafe.Signals;

/// <summary>How <see cref="ReportTableBuilder.Build"/> shapes the table.</summary>
public sealed class ReportTableOptions
{
    /// <summary>Keep, for each (product, event) pair, the ids of the reports that name both
    /// (costs memory: one int per distinct (report, product, event)).</summary>
    public bool KeepReportIds { get; init; }
}
