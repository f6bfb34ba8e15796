using MesoSafe.Signals.Tests.TestData;

namespace MesoSafe.Signals.Tests;

// Reference: FAERS 2022 Q3 primary-suspect extract (pvLRT faers22q3raw): 215,867 cases,
// 5 duplicate rows; issue 6 requires every value finite and -LL <= 173,556.69.
public sealed class FaersScaleTests
{
    [Fact]
    public void Counts_distinct_cases()
    {
        Assert.Equal(496_312, SharedDataSets.Faers.RowsRead);
        Assert.Equal(496_312 - 5, SharedDataSets.Faers.DistinctTriples);
        Assert.Equal(215_867, SharedDataSets.Faers.TotalReports);
        Assert.InRange(SharedDataSets.Faers.PairCount, 110_000, 112_000);
    }

    [Fact]
    public void Fit_reaches_the_reference_likelihood_and_reports_its_starts()
    {
        var analysis = SharedDataSets.FaersAnalysis;
        Assert.Null(analysis.FitMessage);
        Assert.True(-analysis.Prior.LogLikelihood <= 173_556.69, $"-LL {-analysis.Prior.LogLikelihood}");
        Assert.True(analysis.Prior.StartsAgreed >= 2, $"agreed {analysis.Prior.StartsAgreed}");
        Assert.Equal(analysis.Prior.StartsTried, analysis.Prior.Starts.Count);

        // alpha1 -> 0 (log-series limit): converged, but at the edge of the parameter space, and said so.
        Assert.True(analysis.Prior.Alpha1 < 1e-6, $"alpha1 {analysis.Prior.Alpha1}");
        Assert.True(analysis.Prior.AtBoundary);
    }

    [Fact]
    public void Every_score_is_finite_even_for_counts_near_two_thousand()
    {
        var rows = SharedDataSets.FaersAnalysis.Rows;
        Assert.True(rows.Max(r => r.N) > 1_000);
        Assert.All(rows, r =>
        {
            Assert.True(double.IsFinite(r.E) && double.IsFinite(r.RR) && double.IsFinite(r.IC) && double.IsFinite(r.IC025));
            Assert.True(double.IsFinite(r.EBGM) && double.IsFinite(r.EB05) && double.IsFinite(r.EB95));
            Assert.True(r.EB05 <= r.EBGM && r.EBGM <= r.EB95);
        });
    }
}
