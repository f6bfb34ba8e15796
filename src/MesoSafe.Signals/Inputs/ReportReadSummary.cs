namespace MesoSafe.Signals.Inputs;

/// <summary>What a reader did: data rows seen (read or skipped), rows skipped as malformed, tuples
/// handed to the sink, and the non-blank physical lines after the header those rows cover. Every
/// data line is in exactly one row, so <see cref="RowsRead"/> + <see cref="RowsSkipped"/> equals
/// <see cref="DataLines"/> unless a quoted field holds line breaks (then one row covers several lines).</summary>
public sealed record ReportReadSummary(long Rows, long RowsSkipped, long Tuples, long DataLines)
{
    /// <summary>Rows used (handed to the sink).</summary>
    public long RowsRead => Rows - RowsSkipped;
}
