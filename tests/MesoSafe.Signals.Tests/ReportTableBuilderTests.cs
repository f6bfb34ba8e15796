namespace MesoSafe.Signals.Tests;

// Hand-built table. Stratum F: r1 {P1-E1, P1-E2}, r2 {P1-E1, P2-E1}, r5 {P2-E2};
// stratum M: r3 {P2-E2}, r4 {P1-E2, P2-E2}; r1's P1-E1 row is given twice.
// F: n.. = 3, P1 2, P2 2, E1 2, E2 2.  M: n.. = 2, P1 1, P2 2, E1 0, E2 2.
// E(P1,E1) = 2*2/3 + 1*0/2 = 4/3; E(P1,E2) = 2*2/3 + 1*2/2 = 7/3;
// E(P2,E1) = 2*2/3 + 2*0/2 = 4/3; E(P2,E2) = 2*2/3 + 2*2/2 = 10/3.
public sealed class ReportTableBuilderTests
{
    private static ReportTableBuilder HandBuiltReports(bool stratified)
    {
        var builder = new ReportTableBuilder();
        void Add(string report, string product, string @event, string stratum) =>
            builder.Add(report, product, @event, stratified ? stratum : "");
        Add("r1", "P1", "E1", "F");
        Add("r1", "P1", "E2", "F");
        Add("r1", "P1", "E1", "F");
        Add("r2", "P1", "E1", "F");
        Add("r2", "P2", "E1", "F");
        Add("r3", "P2", "E2", "M");
        Add("r4", "P2", "E2", "M");
        Add("r4", "P1", "E2", "M");
        Add("r5", "P2", "E2", "F");
        return builder;
    }

    private static int PairIndex(ReportTable table, string product, string @event)
    {
        for (int k = 0; k < table.PairCount; k++)
        {
            if (table.Products[table.PairProductIds[k]] == product && table.Events[table.PairEventIds[k]] == @event)
            {
                return k;
            }
        }

        return -1;
    }

    [Fact]
    public void Duplicate_rows_count_once_and_counts_are_distinct_reports()
    {
        var table = HandBuiltReports(stratified: false).Build();
        Assert.Equal(9, table.RowsRead);
        Assert.Equal(8, table.DistinctTriples);
        Assert.Equal(5, table.TotalReports);
        Assert.Equal(4, table.PairCount);
        Assert.Equal(2, table.PairReportCounts[PairIndex(table, "P1", "E1")]);
        Assert.Equal(3, table.PairReportCounts[PairIndex(table, "P2", "E2")]);
        Assert.Equal(3, table.ProductReportCounts[table.PairProductIds[PairIndex(table, "P1", "E1")]]);
        Assert.Equal(2, table.EventReportCounts[table.PairEventIds[PairIndex(table, "P1", "E1")]]);
    }

    [Fact]
    public void Unstratified_expected_count_is_the_product_of_marginals_over_the_total()
    {
        var table = HandBuiltReports(stratified: false).Build();
        Assert.Equal(3.0 * 2 / 5, table.PairExpected[PairIndex(table, "P1", "E1")], 1e-15);
        // P2: r2, r3, r4, r5; E2: r1, r3, r4, r5.
        Assert.Equal(4.0 * 4 / 5, table.PairExpected[PairIndex(table, "P2", "E2")], 1e-15);
    }

    [Theory]
    [InlineData("P1", "E1", 4.0 / 3)]
    [InlineData("P1", "E2", 7.0 / 3)]
    [InlineData("P2", "E1", 4.0 / 3)]
    [InlineData("P2", "E2", 10.0 / 3)]
    public void Stratified_expected_count_is_summed_over_strata(string product, string @event, double expected)
    {
        var table = HandBuiltReports(stratified: true).Build();
        Assert.Equal(2, table.Strata.Count);
        Assert.Equal(expected, table.PairExpected[PairIndex(table, product, @event)], 1e-14);
    }

    [Fact]
    public void A_report_keeps_the_stratum_of_its_first_row_and_the_conflict_is_counted()
    {
        var builder = new ReportTableBuilder();
        builder.Add("r1", "P1", "E1", "F");
        builder.Add("r1", "P2", "E1", "M");
        builder.Add("r2", "P2", "E1", "M");
        var table = builder.Build();
        Assert.Equal(1, table.ReportsWithConflictingStrata);

        // r1 counts in F only: E(P1,E1) = 1*1/1 (F) + 0 (M) = 1.
        Assert.Equal(1, table.PairExpected[PairIndex(table, "P1", "E1")], 1e-15);
    }

    [Fact]
    public void Pairs_are_ordered_by_product_then_event_and_keep_their_report_ids()
    {
        var table = HandBuiltReports(stratified: false).Build(new ReportTableOptions { KeepReportIds = true });
        var names = Enumerable.Range(0, table.PairCount)
            .Select(k => table.Products[table.PairProductIds[k]] + "/" + table.Events[table.PairEventIds[k]])
            .ToArray();
        Assert.Equal(["P1/E1", "P1/E2", "P2/E1", "P2/E2"], names);
        Assert.Equal(["r1", "r2"], table.GetReportIds(0)!);
        Assert.Equal(["r3", "r4", "r5"], table.GetReportIds(3)!);
    }

    [Fact]
    public void Report_ids_are_absent_unless_asked_for()
    {
        var table = HandBuiltReports(stratified: false).Build();
        Assert.False(table.HasReportIds);
        Assert.Null(table.GetReportIds(0));
    }
}
