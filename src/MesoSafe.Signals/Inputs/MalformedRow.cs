namespace MesoSafe.Signals.Inputs;

/// <summary>A row a reader skipped.</summary>
/// <param name="Source">The file it came from.</param>
/// <param name="Line">Physical line (1-based; the header is line 1).</param>
/// <param name="Code">Stable code: <c>row-unterminated-quote</c>, <c>row-stray-quote</c>,
/// <c>row-invalid-utf8</c>, <c>row-nul-byte</c>, <c>row-field-count</c>, <c>row-missing-value</c>
/// or <c>row-bad-value</c>.</param>
/// <param name="Detail">What was wrong, in words.</param>
public readonly record struct MalformedRow(string Source, long Line, string Code, string Detail);
