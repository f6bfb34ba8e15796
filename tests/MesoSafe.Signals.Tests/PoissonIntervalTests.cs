namespace MesoSafe.Signals.Tests;

// Two references for the exact (Garwood) Poisson interval:
// 1. Published values, checked to the digits printed (tolerance: half a unit of the last digit):
//    k = 0: upper 3.689 (epitools pois.exact documentation); k = 10: 4.80 to 18.39 (Garwood method as
//    described by calculator references); k = 25: 90 % 17.38 to 34.92, 95 % 16.18 to 36.90, 99 % 14.00
//    to 41.00 (GraphPad QuickCalcs FAQ "How QuickCalcs computes the confidence interval of a count").
// 2. The definition itself, independent of the chi-square/gamma identity the code uses: the upper
//    bound U solves P(X <= k; U) = alpha/2 and the lower bound L solves P(X >= k; L) = alpha/2, with
//    the Poisson sum added term by term and solved by bisection (tolerance 1e-9 relative).
public sealed class PoissonIntervalTests
{
    public static TheoryData<long, double, double, double, double> Published => new()
    {
        { 0, 0.95, 0, 3.689, 0.0005 },
        { 10, 0.95, 4.80, 18.39, 0.005 },
        { 25, 0.90, 17.38, 34.92, 0.005 },
        { 25, 0.95, 16.18, 36.90, 0.005 },
        { 25, 0.99, 14.00, 41.00, 0.005 },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Matches_published_values(long count, double confidence, double lower, double upper, double halfUnit)
    {
        var interval = PoissonInterval.Exact(count, confidence);

        Assert.Equal(lower, interval.Lower, halfUnit);
        Assert.Equal(upper, interval.Upper, halfUnit);
    }

    [Theory]
    [InlineData(1, 0.95)]
    [InlineData(2, 0.95)]
    [InlineData(3, 0.95)]
    [InlineData(7, 0.95)]
    [InlineData(42, 0.95)]
    [InlineData(250, 0.95)]
    [InlineData(1000, 0.95)]
    [InlineData(5, 0.80)]
    [InlineData(5, 0.999)]
    public void Matches_the_Poisson_tail_definition_solved_by_bisection(long count, double confidence)
    {
        double tail = (1 - confidence) / 2;
        double expectedLower = Bisect(mu => 1 - PoissonCdf(count - 1, mu), tail);
        double expectedUpper = Bisect(mu => 1 - PoissonCdf(count, mu), 1 - tail);

        var interval = PoissonInterval.Exact(count, confidence);

        Assert.Equal(expectedLower, interval.Lower, expectedLower * 1e-9);
        Assert.Equal(expectedUpper, interval.Upper, expectedUpper * 1e-9);
    }

    [Fact]
    public void No_events_has_a_lower_bound_of_zero_and_the_upper_bound_minus_log_of_the_tail()
    {
        var interval = PoissonInterval.Exact(0);

        Assert.Equal(0, interval.Lower);
        // P(X = 0; U) = exp(-U) = 0.025, so U = -ln 0.025 exactly.
        Assert.Equal(-Math.Log(0.025), interval.Upper, 1e-12);
    }

    [Fact]
    public void A_rate_scales_both_bounds_by_the_exposure()
    {
        var counts = PoissonInterval.Exact(3);

        var rate = PoissonInterval.ExactRate(3, exposure: 40, per: 1000);

        Assert.Equal(counts.Lower * 25, rate.Lower, 1e-12);
        Assert.Equal(counts.Upper * 25, rate.Upper, 1e-12);
    }

    [Fact]
    public void A_rate_without_exposure_is_not_a_number()
    {
        var rate = PoissonInterval.ExactRate(0, exposure: 0, per: 1000);

        Assert.True(double.IsNaN(rate.Lower));
        Assert.True(double.IsNaN(rate.Upper));
    }

    [Theory]
    [InlineData(-1, 0.95)]
    [InlineData(3, 0)]
    [InlineData(3, 1)]
    [InlineData(3, double.NaN)]
    public void A_negative_count_or_a_confidence_outside_0_to_1_is_refused(long count, double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Exact(count, confidence));

    // P(X <= k; mu), summed in log space term by term; 0 for k < 0.
    private static double PoissonCdf(long k, double mu)
    {
        double sum = 0;
        double logTerm = -mu;
        for (long i = 0; i <= k; i++)
        {
            if (i > 0)
            {
                logTerm += Math.Log(mu) - Math.Log(i);
            }

            sum += Math.Exp(logTerm);
        }

        return sum;
    }

    // mu with f(mu) = target, f increasing in mu; 200 halvings of [0, 1e5].
    private static double Bisect(Func<double, double> f, double target)
    {
        double lo = 0, hi = 1e5;
        for (int i = 0; i < 200; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (f(mid) < target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }
}
