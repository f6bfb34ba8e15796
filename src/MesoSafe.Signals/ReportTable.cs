namespace MesoSafe.Signals;

/// <summary>Distinct-report counts built by <see cref="ReportTableBuilder"/>: one entry per
/// (product, event) pair with N &gt;= 1, sorted by product then event (ordinal), with the
/// marginals and the expected count E (summed over strata). Immutable.</summary>
public sealed class ReportTable
{
    private readonly string[] _products;
    private readonly string[] _events;
    private readonly string[] _strata;
    private readonly int[] _pairProduct;
    private readonly int[] _pairEvent;
    private readonly long[] _pairN;
    private readonly double[] _pairE;
    private readonly long[] _productReports;
    private readonly long[] _eventReports;
    private readonly string[]? _reportNames;
    private readonly int[]? _pairReportStart;
    private readonly int[]? _pairReports;

    internal ReportTable(ReportTableParts parts)
    {
        _products = parts.Products;
        _events = parts.Events;
        _strata = parts.Strata;
        _pairProduct = parts.PairProduct;
        _pairEvent = parts.PairEvent;
        _pairN = parts.PairN;
        _pairE = parts.PairE;
        _productReports = parts.ProductReports;
        _eventReports = parts.EventReports;
        _reportNames = parts.ReportNames;
        _pairReportStart = parts.PairReportStart;
        _pairReports = parts.PairReports;
        TotalReports = parts.TotalReports;
        RowsRead = parts.RowsRead;
        DistinctTriples = parts.DistinctTriples;
        ReportsWithConflictingStrata = parts.ReportsWithConflictingStrata;
    }

    /// <summary>Product names; a pair's product id indexes this list (ordinal order).</summary>
    public IReadOnlyList<string> Products => _products;

    /// <summary>Event names; a pair's event id indexes this list (ordinal order).</summary>
    public IReadOnlyList<string> Events => _events;

    /// <summary>Stratum values seen ("" = no stratum).</summary>
    public IReadOnlyList<string> Strata => _strata;

    /// <summary>Distinct reports (n..).</summary>
    public long TotalReports { get; }

    /// <summary>Tuples given to the builder, duplicates included.</summary>
    public long RowsRead { get; }

    /// <summary>Distinct (report, product, event) triples.</summary>
    public long DistinctTriples { get; }

    /// <summary>Reports whose rows carried more than one stratum value (the first row's value was used).</summary>
    public long ReportsWithConflictingStrata { get; }

    /// <summary>Pairs with N &gt;= 1.</summary>
    public int PairCount => _pairN.Length;

    /// <summary>True when the table kept the report ids of every pair.</summary>
    public bool HasReportIds => _pairReports is not null;

    public ReadOnlySpan<int> PairProductIds => _pairProduct;
    public ReadOnlySpan<int> PairEventIds => _pairEvent;

    /// <summary>N: distinct reports with both.</summary>
    public ReadOnlySpan<long> PairReportCounts => _pairN;

    /// <summary>E: sum over strata of n_i.s n_.js / n..s.</summary>
    public ReadOnlySpan<double> PairExpected => _pairE;

    /// <summary>n_i.: distinct reports naming each product (indexed by product id).</summary>
    public ReadOnlySpan<long> ProductReportCounts => _productReports;

    /// <summary>n_.j: distinct reports naming each event (indexed by event id).</summary>
    public ReadOnlySpan<long> EventReportCounts => _eventReports;

    /// <summary>The report ids behind pair <paramref name="pair"/> in first-seen order, or null
    /// when the table was built without <see cref="ReportTableOptions.KeepReportIds"/>.</summary>
    public string[]? GetReportIds(int pair)
    {
        if (_pairReports is null || _pairReportStart is null || _reportNames is null)
        {
            return null;
        }

        int from = _pairReportStart[pair];
        int to = _pairReportStart[pair + 1];
        var ids = new string[to - from];
        for (int k = from; k < to; k++)
        {
            ids[k - from] = _reportNames[_pairReports[k]];
        }

        return ids;
    }
}
