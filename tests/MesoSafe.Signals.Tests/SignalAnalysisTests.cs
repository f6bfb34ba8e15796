namespace MesoSafe.Signals.Tests;

public sealed class SignalAnalysisTests
{
    private static readonly GammaMixtureHyperparameters OpenEbgmCaers = new(3.25597, 0.39999, 2.02375, 1.90613, 0.0653074);

    [Fact]
    public void A_product_only_ever_reported_with_one_event_gets_an_infinite_ror_and_finite_mgps()
    {
        // P1 appears only with E1 (b = 0); E1 also appears with P2.
        var builder = new ReportTableBuilder();
        builder.Add("1", "P1", "E1", "");
        builder.Add("2", "P1", "E1", "");
        builder.Add("3", "P2", "E1", "");
        builder.Add("3", "P2", "E2", "");
        builder.Add("4", "P2", "E2", "");
        var analysis = SignalAnalysis.Run(builder.Build(), new SignalOptions { FixedPrior = OpenEbgmCaers }, null, TestContext.Current.CancellationToken);
        var row = analysis.Rows.Single(r => r.Product == "P1" && r.Event == "E1");
        Assert.Equal(2, row.N);
        Assert.Equal(double.PositiveInfinity, row.ROR);
        Assert.Equal((2.0 / 2) / (1.0 / 2), row.PRR, 1e-15);
        Assert.True(double.IsFinite(row.EBGM) && double.IsFinite(row.EB05) && double.IsFinite(row.EB95));
        Assert.True(row.EB05 < row.EBGM && row.EBGM < row.EB95);
    }

    [Fact]
    public void An_event_only_ever_reported_with_one_product_gets_an_infinite_prr()
    {
        var builder = new ReportTableBuilder();
        builder.Add("1", "P1", "E1", "");
        builder.Add("2", "P1", "E2", "");
        builder.Add("3", "P2", "E2", "");
        var analysis = SignalAnalysis.Run(builder.Build(), new SignalOptions { FixedPrior = OpenEbgmCaers }, null, TestContext.Current.CancellationToken);
        var row = analysis.Rows.Single(r => r.Product == "P1" && r.Event == "E1");
        Assert.Equal(double.PositiveInfinity, row.PRR);
        Assert.Equal(double.PositiveInfinity, row.ROR);
        Assert.True(double.IsNaN(row.PrrLower95));
    }

    [Fact]
    public void Scores_of_a_hand_built_row_follow_the_two_by_two_table()
    {
        // 1000 reports: 30 with P, 40 with E, 10 with both (a=10, b=20, c=30, d=940).
        var builder = new ReportTableBuilder();
        for (int r = 0; r < 1000; r++)
        {
            string id = r.ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool product = r < 30;
            bool @event = r < 10 || (r >= 30 && r < 60);
            builder.Add(id, product ? "P" : "Other", @event ? "E" : "Else", "");
        }

        var analysis = SignalAnalysis.Run(builder.Build(), new SignalOptions { FixedPrior = OpenEbgmCaers }, null, TestContext.Current.CancellationToken);
        var row = analysis.Rows.Single(r => r.Product == "P" && r.Event == "E");
        Assert.Equal(10, row.N);
        Assert.Equal(30 * 40 / 1000.0, row.E, 1e-15);
        Assert.Equal(10 / 1.2, row.RR, 1e-13);
        Assert.Equal(10.777777777777777, row.PRR, 1e-12);
        Assert.Equal(15.666666666666666, row.ROR, 1e-12);
        Assert.Equal(61.64984249713631, row.PrrChiSquare, 1e-10);
        Assert.Equal(Math.Log2(10.5 / 1.7), row.IC, 1e-14);
    }

    [Fact]
    public void An_empty_table_reports_why_there_is_no_prior()
    {
        var analysis = SignalAnalysis.Run(new ReportTableBuilder().Build(), null, null, TestContext.Current.CancellationToken);
        Assert.Empty(analysis.Rows);
        Assert.StartsWith("prior-fit-no-data", analysis.FitMessage, StringComparison.Ordinal);
    }
}
