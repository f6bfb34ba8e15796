using MesoSafe.Signals.Tests.TestData;

namespace MesoSafe.Signals.Tests;

// Reference: openEBGM 0.9.1 on its caers data set, unstratified (issue 6): 3,356 reports,
// 17,189 pairs; autoHyper's fit (3.25597, 0.39999, 2.02375, 1.90613, 0.0653074) with negative
// log-likelihood 4162.4557; the pair values quoted in the issue at those hyperparameters.
public sealed class CaersReferenceTests
{
    private static SignalRow Pair(SignalAnalysisResult analysis, string product, string @event) =>
        analysis.Rows.Single(r => r.Product == product && r.Event == @event);

    private static SignalAnalysisResult AtOpenEbgmPrior() =>
        SignalAnalysis.Run(SharedDataSets.Caers, new SignalOptions { FixedPrior = SharedDataSets.OpenEbgmCaersPrior });

    [Fact]
    public void Counts_distinct_reports_and_pairs()
    {
        Assert.Equal(20_156, SharedDataSets.Caers.RowsRead);
        Assert.Equal(20_156 - 239, SharedDataSets.Caers.DistinctTriples);
        Assert.Equal(3_356, SharedDataSets.Caers.TotalReports);
        Assert.Equal(17_189, SharedDataSets.Caers.PairCount);
    }

    [Fact]
    public void Log_likelihood_at_openEBGM_hyperparameters_equals_openEBGM_minimum()
    {
        // Same likelihood (per-component N* = 1 truncation, -log N! included): 4162.4557 to 1e-3.
        Assert.Equal(-4162.4557, AtOpenEbgmPrior().Prior.LogLikelihood, 1e-3);
    }

    [Fact]
    public void Phenylalanine_heart_rate_increased_matches_openEBGM()
    {
        // Tolerances: E 1e-6 relative (quoted to 6 digits); EBGM, EB05, EB95 half a unit of the last quoted digit.
        var row = Pair(AtOpenEbgmPrior(), "1-PHENYLALANINE", "HEART RATE INCREASED");
        Assert.Equal(1, row.N);
        Assert.Equal(0.0360548, row.E, 0.0360548 * 1e-6);
        Assert.Equal(2.2269, row.EBGM, 5e-5);
        Assert.Equal(0.49087, row.EB05, 5e-6);
        Assert.Equal(13.8586, row.EB95, 5e-5);
    }

    [Fact]
    public void Reumofan_plus_weight_increased_matches_openEBGM()
    {
        // Quoted to 2 decimals ("about"): tolerance 0.01.
        var row = Pair(AtOpenEbgmPrior(), "REUMOFAN PLUS", "WEIGHT INCREASED");
        Assert.Equal(16, row.N);
        Assert.Equal(0.406436, row.E, 0.406436 * 1e-6);
        Assert.Equal(23.26, row.EBGM, 0.01);
        Assert.Equal(15.68, row.EB05, 0.01);
        Assert.Equal(33.48, row.EB95, 0.01);
    }

    [Fact]
    public void Fit_is_at_least_as_good_as_openEBGM()
    {
        var prior = SharedDataSets.CaersAnalysis.Prior;
        Assert.Null(SharedDataSets.CaersAnalysis.FitMessage);
        Assert.True(-prior.LogLikelihood <= 4162.4557 + 1e-3, $"-LL {-prior.LogLikelihood}");
        Assert.True(prior.StartsConverged >= 1);
        Assert.InRange(prior.StartsAgreed, 1, prior.StartsConverged);
    }

    [Fact]
    public void Some_start_finds_openEBGM_optimum()
    {
        // openEBGM's estimate is a local optimum of the same likelihood: at least one start lands on it
        // (hyperparameters to 1e-3 relative).
        var reference = SharedDataSets.OpenEbgmCaersPrior;
        Assert.Contains(SharedDataSets.CaersAnalysis.Prior.Starts, s =>
            Math.Abs(s.End.Alpha1 - reference.Alpha1) < 1e-3 * reference.Alpha1
            && Math.Abs(s.End.P - reference.P) < 1e-3 * reference.P
            && Math.Abs(s.LogLikelihood + 4162.4557) < 1e-3);
    }

    [Fact]
    public void Every_value_of_every_pair_is_a_number()
    {
        Assert.All(SharedDataSets.CaersAnalysis.Rows, r =>
        {
            Assert.True(double.IsFinite(r.E) && double.IsFinite(r.RR) && double.IsFinite(r.IC) && double.IsFinite(r.IC025));
            Assert.True(double.IsFinite(r.EBGM) && double.IsFinite(r.EB05) && double.IsFinite(r.EB95));
            Assert.True(r.EB05 <= r.EBGM && r.EBGM <= r.EB95);
        });
    }
}
