using MesoSafe.Signals.Scoring;

namespace MesoSafe.Signals.Tests;

// Reference: hand computation of the 2x2 table a=10, b=20, c=30, d=940 (n = 1000):
// PRR = (10/30)/(30/970) = 10.7777..., ROR = 10*940/(20*30) = 15.666...,
// Yates chi-square: E_a = 30*40/1000 = 1.2, (|10 - 1.2| - 0.5)^2 * (1/1.2 + 1/28.8 + 1/38.8 + 1/931.2) = 61.6498...
// Tolerance 1e-12 relative (closed forms).
public sealed class TwoByTwoScoresTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Prr_and_its_log_method_interval_match_the_hand_computed_table()
    {
        Assert.Equal(10.777777777777777, TwoByTwoScores.Prr(10, 20, 30, 940), Tolerance);
        var (lower, upper) = TwoByTwoScores.PrrInterval(10, 20, 30, 940);
        Assert.Equal(5.8176387444517, lower, 1e-11);
        Assert.Equal(19.96694860744715, upper, 1e-11);
    }

    [Fact]
    public void Ror_and_its_Woolf_interval_match_the_hand_computed_table()
    {
        Assert.Equal(15.666666666666666, TwoByTwoScores.Ror(10, 20, 30, 940), Tolerance);
        var (lower, upper) = TwoByTwoScores.RorInterval(10, 20, 30, 940);
        Assert.Equal(6.752397041790502, lower, 1e-11);
        Assert.Equal(36.349231676601924, upper, 1e-11);
    }

    [Fact]
    public void Yates_chi_square_matches_the_hand_computed_table()
    {
        Assert.Equal(61.64984249713631, TwoByTwoScores.YatesChiSquare(10, 20, 30, 940), 1e-10);
    }

    [Fact]
    public void Yates_correction_never_overshoots_when_the_table_is_nearly_independent()
    {
        // ad - bc = 1 < n/2: R's chisq.test clips the correction, giving exactly 0.
        Assert.Equal(0, TwoByTwoScores.YatesChiSquare(1, 1, 1, 2));
    }

    [Fact]
    public void Ror_is_infinite_when_b_is_zero_and_prr_is_infinite_when_c_is_zero()
    {
        Assert.Equal(double.PositiveInfinity, TwoByTwoScores.Ror(5, 0, 3, 100));
        Assert.Equal(double.PositiveInfinity, TwoByTwoScores.Prr(5, 2, 0, 100));
        Assert.Equal(double.PositiveInfinity, TwoByTwoScores.Ror(5, 2, 0, 100));
    }

    [Fact]
    public void Undefined_ratios_are_NaN_not_a_number_pretending_to_be_one()
    {
        // Every report has the product and the event: c + d = 0 and b = c = 0.
        Assert.True(double.IsNaN(TwoByTwoScores.Prr(4, 0, 0, 0)));
        Assert.True(double.IsNaN(TwoByTwoScores.Ror(4, 0, 0, 0)));
        Assert.True(double.IsNaN(TwoByTwoScores.YatesChiSquare(4, 0, 0, 0)));
    }
}
