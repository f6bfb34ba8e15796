namespace MesoSafe.Signals;

/// <summary>A progress note from <see cref="SignalAnalysis.Run"/>: the stage it entered and,
/// for the fit, how many starting points are done.</summary>
/// <param name="Stage">Stable lower-case code: <c>disproportionality</c>, <c>prior-fit</c>, <c>posterior</c>, <c>done</c>.</param>
/// <param name="Done">Units of work finished in this stage.</param>
/// <param name="Total">Units of work in this stage.</param>
public readonly record struct SignalProgress(string Stage, int Done, int Total);
