using MathNet.Numerics;

namespace MesoSafe.Signals.Scoring;

/// <summary>Quantiles of a Gamma(shape, rate) and of a two-gamma mixture, solved on the CDF
/// (regularized lower incomplete gamma) by safeguarded Newton inside a bracket.</summary>
internal static class GammaQuantile
{
    private const double RelativeTolerance = 1e-12;

    /// <summary>x with P(shape, rate x) = prob.</summary>
    public static double Of(double shape, double rate, double prob)
    {
        double x = SpecialFunctions.GammaLowerRegularizedInv(shape, prob) / rate;
        return OfMixture(1, shape, rate, shape, rate, prob, x, x);
    }

    /// <summary>x with q P(a1, b1 x) + (1 - q) P(a2, b2 x) = prob. The mixture quantile lies
    /// between the two component quantiles, which make the starting bracket.</summary>
    public static double OfMixture(double q, double a1, double b1, double a2, double b2, double prob)
    {
        double x1 = SpecialFunctions.GammaLowerRegularizedInv(a1, prob) / b1;
        double x2 = SpecialFunctions.GammaLowerRegularizedInv(a2, prob) / b2;
        return OfMixture(q, a1, b1, a2, b2, prob, Math.Min(x1, x2), Math.Max(x1, x2));
    }

    public static double MixtureCdf(double q, double a1, double b1, double a2, double b2, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        double f1 = q > 0 ? SpecialFunctions.GammaLowerRegularized(a1, b1 * x) : 0;
        double f2 = q < 1 ? SpecialFunctions.GammaLowerRegularized(a2, b2 * x) : 0;
        return (q * f1) + ((1 - q) * f2);
    }

    private static double MixtureDensity(double q, double a1, double b1, double a2, double b2, double x)
    {
        double d1 = q > 0 ? q * Math.Exp(LogGammaDensity(a1, b1, x)) : 0;
        double d2 = q < 1 ? (1 - q) * Math.Exp(LogGammaDensity(a2, b2, x)) : 0;
        return d1 + d2;
    }

    private static double LogGammaDensity(double shape, double rate, double x) =>
        (shape * Math.Log(rate)) + ((shape - 1) * Math.Log(x)) - (rate * x) - SpecialFunctions.GammaLn(shape);

    private static double OfMixture(double q, double a1, double b1, double a2, double b2, double prob, double lo, double hi)
    {
        if (!(lo > 0) || !double.IsFinite(hi))
        {
            lo = double.IsFinite(lo) && lo > 0 ? lo : 1e-300;
            hi = double.IsFinite(hi) && hi > lo ? hi : Math.Max(1, lo * 2);
        }

        // Widen until the bracket really brackets (the component inverses are approximate).
        lo *= 1 - 1e-9;
        hi *= 1 + 1e-9;
        for (int k = 0; k < 200 && MixtureCdf(q, a1, b1, a2, b2, lo) > prob; k++)
        {
            lo /= 2;
        }

        for (int k = 0; k < 200 && MixtureCdf(q, a1, b1, a2, b2, hi) < prob; k++)
        {
            hi *= 2;
        }

        double x = Math.Sqrt(lo * hi);
        for (int iteration = 0; iteration < 200; iteration++)
        {
            double f = MixtureCdf(q, a1, b1, a2, b2, x) - prob;
            if (f == 0)
            {
                return x;
            }

            if (f < 0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            double density = MixtureDensity(q, a1, b1, a2, b2, x);
            double next = density > 0 ? x - (f / density) : double.NaN;
            if (!(next > lo && next < hi))
            {
                next = lo > 0 && hi / lo > 4 ? Math.Sqrt(lo * hi) : 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= RelativeTolerance * x || (hi - lo) <= RelativeTolerance * hi)
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
