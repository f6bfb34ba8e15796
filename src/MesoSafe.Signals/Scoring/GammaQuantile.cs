using System.Runtime.CompilerServices;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace MesoSafe.Signals.Scoring;

/// <summary>Quantiles of a Gamma(shape, rate) and of a two-gamma mixture, solved on the CDF
/// (MathNet's regularized lower incomplete gamma) by Newton's method in log x, safeguarded by a
/// bracket that every CDF evaluation tightens (bisection in log x when Newton leaves it).
/// Start: Wilson-Hilferty for the heavier component. Stops at 1e-12 relative change, or right after a
/// Newton step of at most 1e-7 in log x (its error is then of order 1e-14).</summary>
internal static class GammaQuantile
{
    private const double RelativeTolerance = 1e-12;
    private const int MaxIterations = 200;
    private const double NewtonFinish = 1e-7;

    /// <summary>x with P(shape, rate x) = prob.</summary>
    public static double Of(double shape, double rate, double prob) =>
        OfMixture(1, shape, rate, shape, rate, prob);

    /// <summary>x with q P(a1, b1 x) + (1 - q) P(a2, b2 x) = prob.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double OfMixture(double q, double a1, double b1, double a2, double b2, double prob)
    {
        if (!(prob > 0 && prob < 1) || !(q >= 0 && q <= 1))
        {
            return double.NaN;
        }

        double lgA1 = SpecialFunctions.GammaLn(a1);
        double lgA2 = SpecialFunctions.GammaLn(a2);
        double z = Normal.InvCDF(0, 1, prob);
        double x = q >= 0.5 ? WilsonHilferty(a1, b1, prob, z, lgA1) : WilsonHilferty(a2, b2, prob, z, lgA2);
        double lo = 0;
        double hi = double.PositiveInfinity;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
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

            // Newton on t = ln x: dF/dt = x f(x).
            double slope = x * MixtureDensity(q, a1, b1, a2, b2, x, lgA1, lgA2);
            double step = f / slope;
            double next = double.IsFinite(step) && Math.Abs(step) < 3 ? x * Math.Exp(-step) : double.NaN;
            if (next > lo && next < hi && Math.Abs(step) <= NewtonFinish)
            {
                // Quadratic convergence: after a Newton step this small the error is ~step^2, far
                // below the tolerance, so the confirming CDF evaluation is skipped.
                return next;
            }

            if (!(next > lo && next < hi))
            {
                next = double.IsPositiveInfinity(hi) ? x * 4 : lo == 0 ? x / 4 : Math.Sqrt(lo * hi);
            }

            if (Math.Abs(next - x) <= RelativeTolerance * x)
            {
                return next;
            }

            x = next;
        }

        return x;
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

    private static double MixtureDensity(double q, double a1, double b1, double a2, double b2, double x, double lgA1, double lgA2)
    {
        double logX = Math.Log(x);
        double d1 = q > 0 ? q * Math.Exp((a1 * Math.Log(b1)) + ((a1 - 1) * logX) - (b1 * x) - lgA1) : 0;
        double d2 = q < 1 ? (1 - q) * Math.Exp((a2 * Math.Log(b2)) + ((a2 - 1) * logX) - (b2 * x) - lgA2) : 0;
        return d1 + d2;
    }

    // Wilson-Hilferty cube-root normal approximation; for small shapes in the lower tail, where the
    // cube goes non-positive or is poor, the small-x expansion P(a, y) ~ y^a / Gamma(a + 1).
    private static double WilsonHilferty(double shape, double rate, double prob, double z, double lgShape)
    {
        double c = 1 / (9 * shape);
        double root = 1 - c + (z * Math.Sqrt(c));
        double y = shape * root * root * root;
        if (!(root > 0) || (shape < 1 && prob < 0.5))
        {
            y = Math.Exp((Math.Log(prob) + lgShape + Math.Log(shape)) / shape);
        }

        return Math.Max(y, 1e-300) / rate;
    }
}
