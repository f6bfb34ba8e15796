namespace MesoSafe.Signals.Inputs;

/// <summary>What a reader did: data rows seen, rows skipped as malformed, tuples handed to the sink.</summary>
public sealed record ReportReadSummary(long Rows, long RowsSkipped, long Tuples);
