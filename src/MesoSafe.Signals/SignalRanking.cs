namespace MesoSafe.Signals;

/// <summary>The order in which pairs are shown as "strongest first" (the command line's <c>--top</c>
/// and plot, the web page's table and chart): EB05 descending with NaN last, then N descending, then
/// product and event (ordinal), so ties never depend on the input order.</summary>
public static class SignalRanking
{
    public static IOrderedEnumerable<SignalRow> StrongestFirst(IEnumerable<SignalRow> rows) =>
        rows.OrderByDescending(r => r.EB05, NaNLast.Instance)
            .ThenByDescending(r => r.N)
            .ThenBy(r => r.Product, StringComparer.Ordinal)
            .ThenBy(r => r.Event, StringComparer.Ordinal);

    /// <summary>Orders numbers ascending with NaN below everything, so a descending sort puts NaN last.</summary>
    private sealed class NaNLast : IComparer<double>
    {
        public static readonly NaNLast Instance = new();

        public int Compare(double x, double y) => (double.IsNaN(x), double.IsNaN(y)) switch
        {
            (true, true) => 0,
            (true, false) => -1,
            (false, true) => 1,
            _ => x.CompareTo(y),
        };
    }
}
