using MesoSafe.Signals.Scoring;

namespace MesoSafe.Signals.Tests;

// Reference: a brute-force bisection on the same mixture CDF (200 halvings of [0, 1e7]).
// Tolerance: 1e-7 relative, as the issue asks (the solver itself stops at 1e-12).
public sealed class GammaQuantileTests
{
    public static TheoryData<double, double, double, double, double, double> Mixtures => new()
    {
        { 0.0653, 3.25597 + 1, 0.39999 + 0.036, 2.02375 + 1, 1.90613 + 0.036, 0.05 },
        { 0.0653, 3.25597 + 1, 0.39999 + 0.036, 2.02375 + 1, 1.90613 + 0.036, 0.95 },
        { 0.999, 3.25597 + 16, 0.39999 + 0.406, 2.02375 + 16, 1.90613 + 0.406, 0.05 },
        { 0.5, 1e-11 + 1, 0.0185 + 1e-4, 0.767 + 1, 0.889 + 1e-4, 0.05 },
        { 0.5, 1e-11 + 1, 0.0185 + 1e-4, 0.767 + 1, 0.889 + 1e-4, 0.95 },
        { 1e-9, 2000.2, 0.1 + 30, 2001.0, 4 + 30, 0.05 },
        { 0.3, 2000.2, 0.1 + 30, 2001.0, 4 + 30, 0.95 },
        { 1, 1.5, 1.5, 1.5, 1.5, 0.025 },
        { 0, 0.7, 2, 0.7, 2, 0.025 },
    };

    [Theory]
    [MemberData(nameof(Mixtures))]
    public void Mixture_quantile_matches_brute_force_bisection(double q, double a1, double b1, double a2, double b2, double prob)
    {
        double expected = Bisect(q, a1, b1, a2, b2, prob);
        double actual = GammaQuantile.OfMixture(q, a1, b1, a2, b2, prob);
        Assert.Equal(expected, actual, expected * 1e-7);
    }

    private static double Bisect(double q, double a1, double b1, double a2, double b2, double prob)
    {
        double lo = 0, hi = 1e7;
        for (int k = 0; k < 200; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (GammaQuantile.MixtureCdf(q, a1, b1, a2, b2, mid) < prob)
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
