using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MesoSafe.Signals;

/// <summary>Collects (report, product, event, stratum) tuples from any source (a CSV file,
/// FAERS, the clinic registry) into integer-id tables. Strings are interned once; duplicate
/// tuples count once. A report's stratum is the one on its first row (later rows with another
/// value are counted in <see cref="ReportTable.ReportsWithConflictingStrata"/>).</summary>
public sealed class ReportTableBuilder : IReportTupleSink
{
    private readonly NameInterner _reports = new();
    private readonly NameInterner _products = new();
    private readonly NameInterner _events = new();
    private readonly NameInterner _strata = new();
    private readonly List<int> _rowReport = [];
    private readonly List<int> _rowProduct = [];
    private readonly List<int> _rowEvent = [];
    private readonly List<int> _reportStratum = [];
    private readonly HashSet<int> _conflicting = [];

    /// <summary>Tuples added so far, duplicates included.</summary>
    public long RowsAdded => _rowReport.Count;

    /// <summary>Adds one tuple. An empty <paramref name="stratum"/> means "no stratum".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> reportId, ReadOnlySpan<char> product, ReadOnlySpan<char> @event, ReadOnlySpan<char> stratum)
    {
        int report = _reports.Intern(reportId, out bool newReport);
        int stratumId = _strata.Intern(stratum, out _);
        if (newReport)
        {
            _reportStratum.Add(stratumId);
        }
        else if (_reportStratum[report] != stratumId)
        {
            _conflicting.Add(report);
        }

        _rowReport.Add(report);
        _rowProduct.Add(_products.Intern(product, out _));
        _rowEvent.Add(_events.Intern(@event, out _));
    }

    /// <summary>Counts distinct reports per pair, product, event and stratum, and computes E.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReportTable Build(ReportTableOptions? options = null)
    {
        bool keepIds = options?.KeepReportIds ?? false;
        int reportCount = _reports.Count;
        int productCount = _products.Count;
        int eventCount = _events.Count;
        int strataCount = Math.Max(1, _strata.Count);
        int[] productRank = _products.OrdinalRanks(out string[] productNames);
        int[] eventRank = _events.OrdinalRanks(out string[] eventNames);

        // Counting sort of the rows by report: each report's (product, event) keys are contiguous.
        ReadOnlySpan<int> rowReport = CollectionsMarshal.AsSpan(_rowReport);
        ReadOnlySpan<int> rowProduct = CollectionsMarshal.AsSpan(_rowProduct);
        ReadOnlySpan<int> rowEvent = CollectionsMarshal.AsSpan(_rowEvent);
        int rows = rowReport.Length;
        var start = new int[reportCount + 1];
        foreach (int r in rowReport)
        {
            start[r + 1]++;
        }

        for (int r = 0; r < reportCount; r++)
        {
            start[r + 1] += start[r];
        }

        var keys = new long[rows];
        var fill = (int[])start.Clone();
        for (int i = 0; i < rows; i++)
        {
            keys[fill[rowReport[i]]++] = PairKey(productRank[rowProduct[i]], eventRank[rowEvent[i]]);
        }

        fill = [];

        var productByStratum = new long[(long)strataCount * productCount];
        var eventByStratum = new long[(long)strataCount * eventCount];
        var reportsByStratum = new long[strataCount];
        int[]? tripleReport = keepIds ? new int[rows] : null;
        var eventScratch = new int[Math.Max(1, MaxSegment(start))];
        int written = 0;
        for (int r = 0; r < reportCount; r++)
        {
            Span<long> segment = keys.AsSpan(start[r], start[r + 1] - start[r]);
            segment.Sort();
            int stratum = _reportStratum[r];
            reportsByStratum[stratum]++;
            long productOffset = (long)stratum * productCount;
            long eventOffset = (long)stratum * eventCount;
            int events = 0;
            long previous = -1;
            int previousProduct = -1;
            foreach (long key in segment)
            {
                if (key == previous)
                {
                    continue;
                }

                previous = key;
                int product = (int)(key >> 32);
                if (product != previousProduct)
                {
                    productByStratum[productOffset + product]++;
                    previousProduct = product;
                }

                eventScratch[events++] = (int)key;
                if (tripleReport is not null)
                {
                    tripleReport[written] = r;
                }

                keys[written++] = key;
            }

            Span<int> reportEvents = eventScratch.AsSpan(0, events);
            reportEvents.Sort();
            int previousEvent = -1;
            foreach (int e in reportEvents)
            {
                if (e != previousEvent)
                {
                    eventByStratum[eventOffset + e]++;
                    previousEvent = e;
                }
            }
        }

        if (tripleReport is not null)
        {
            Array.Sort(keys, tripleReport, 0, written);
        }
        else
        {
            Array.Sort(keys, 0, written);
        }

        int pairs = 0;
        for (int k = 0; k < written; k++)
        {
            if (k == 0 || keys[k] != keys[k - 1])
            {
                pairs++;
            }
        }

        var pairProduct = new int[pairs];
        var pairEvent = new int[pairs];
        var pairN = new long[pairs];
        int[]? pairReportStart = keepIds ? new int[pairs + 1] : null;
        int p = -1;
        for (int k = 0; k < written; k++)
        {
            if (k == 0 || keys[k] != keys[k - 1])
            {
                p++;
                pairProduct[p] = (int)(keys[k] >> 32);
                pairEvent[p] = (int)keys[k];
                if (pairReportStart is not null)
                {
                    pairReportStart[p] = k;
                }
            }

            pairN[p]++;
        }

        if (pairReportStart is not null && tripleReport is not null)
        {
            pairReportStart[pairs] = written;
            for (int q = 0; q < pairs; q++)
            {
                tripleReport.AsSpan(pairReportStart[q], pairReportStart[q + 1] - pairReportStart[q]).Sort();
            }

            Array.Resize(ref tripleReport, written);
        }

        var productReports = SumOverStrata(productByStratum, productCount, strataCount);
        var eventReports = SumOverStrata(eventByStratum, eventCount, strataCount);
        var pairE = ExpectedCounts(pairProduct, pairEvent, productByStratum, eventByStratum, reportsByStratum, productCount, eventCount);

        return new ReportTable(new ReportTableParts
        {
            Products = productNames,
            Events = eventNames,
            Strata = [.. _strata.Names],
            PairProduct = pairProduct,
            PairEvent = pairEvent,
            PairN = pairN,
            PairE = pairE,
            ProductReports = productReports,
            EventReports = eventReports,
            ReportNames = keepIds ? [.. _reports.Names] : null,
            PairReportStart = pairReportStart,
            PairReports = tripleReport,
            TotalReports = reportCount,
            RowsRead = rows,
            DistinctTriples = written,
            ReportsWithConflictingStrata = _conflicting.Count,
        });
    }

    private static long PairKey(int product, int @event) => ((long)product << 32) | (uint)@event;

    private static int MaxSegment(int[] start)
    {
        int max = 0;
        for (int r = 0; r + 1 < start.Length; r++)
        {
            max = Math.Max(max, start[r + 1] - start[r]);
        }

        return max;
    }

    private static long[] SumOverStrata(long[] byStratum, int count, int strataCount)
    {
        var total = new long[count];
        for (int s = 0; s < strataCount; s++)
        {
            for (int i = 0; i < count; i++)
            {
                total[i] += byStratum[((long)s * count) + i];
            }
        }

        return total;
    }

    // E_ij = sum_s n_i.s n_.js / n..s over the strata (one stratum when unstratified).
    private static double[] ExpectedCounts(int[] pairProduct, int[] pairEvent, long[] productByStratum, long[] eventByStratum, long[] reportsByStratum, int productCount, int eventCount)
    {
        var expected = new double[pairProduct.Length];
        int strata = reportsByStratum.Length;
        Parallel.For(0, (pairProduct.Length + 4095) / 4096, chunk =>
        {
            int end = Math.Min(pairProduct.Length, (chunk + 1) * 4096);
            for (int q = chunk * 4096; q < end; q++)
            {
                double sum = 0;
                for (int s = 0; s < strata; s++)
                {
                    long total = reportsByStratum[s];
                    if (total == 0)
                    {
                        continue;
                    }

                    long ni = productByStratum[((long)s * productCount) + pairProduct[q]];
                    long nj = eventByStratum[((long)s * eventCount) + pairEvent[q]];
                    sum += (double)ni * nj / total;
                }

                expected[q] = sum;
            }
        });

        return expected;
    }
}
