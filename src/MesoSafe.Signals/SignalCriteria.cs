namespace MesoSafe.Signals;

/// <summary>A named rule that flags a row as a signal. Thresholds are the published conventions named
/// in <see cref="Source"/>; NaN never passes a threshold. The one place where a signal is decided: the
/// command line's <c>signal</c> column and the web page's highlighting both ask these.</summary>
public sealed record SignalCriteria(string Name, string Source, Func<SignalRow, bool> IsSignal)
{
    /// <summary>EB05 at or above this is a signal by the default rule (also the reference line of
    /// the EBGM charts).</summary>
    public const double Eb05Threshold = 2;

    public static readonly SignalCriteria Default = new(
        "default", "DuMouchel 1999 / openEBGM vignette: EB05 >= 2", r => r.EB05 >= Eb05Threshold);

    public static readonly SignalCriteria Mhra = new(
        "mhra", "MHRA practice (issue 6): EB05 >= 1.8, N >= 3, EBGM >= 2.5", r => r.EB05 >= 1.8 && r.N >= 3 && r.EBGM >= 2.5);

    public static readonly SignalCriteria Evans = new(
        "evans", "Evans, Waller and Davis 2001: PRR >= 2, chi-square >= 4, N >= 3", r => r.PRR >= 2 && r.PrrChiSquare >= 4 && r.N >= 3);

    public static readonly SignalCriteria Ema = new(
        "ema", "EMA guideline on the use of statistical signal detection methods (2006): PRR lower 95 % bound >= 1, N >= 5",
        r => r.PrrLower95 >= 1 && r.N >= 5);

    public static IReadOnlyList<SignalCriteria> All { get; } = [Default, Mhra, Evans, Ema];

    public static SignalCriteria Named(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown criteria '{name}' (known: {string.Join(", ", All.Select(c => c.Name))})", nameof(name));
}
