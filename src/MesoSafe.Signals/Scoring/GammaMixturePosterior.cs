using MathNet.Numerics;

namespace MesoSafe.Signals.Scoring;

/// <summary>DuMouchel's posterior for one cell, as openEBGM computes it. Qn uses the untruncated
/// component densities: Qn = p f1(N) / (p f1(N) + (1-p) f2(N)); the posterior of lambda is
/// Qn Gamma(a1 + N, b1 + E) + (1 - Qn) Gamma(a2 + N, b2 + E) (shape, rate);
/// EBGM = exp(Qn (psi(a1+N) - ln(b1+E)) + (1-Qn)(psi(a2+N) - ln(b2+E))); EB05/EB95 are the
/// mixture's quantiles solved on its CDF.</summary>
internal static class GammaMixturePosterior
{
    public static double Qn(GammaMixtureHyperparameters h, double n, double e)
    {
        double l1 = Math.Log(h.P) + LogNegativeBinomial(n, h.Alpha1, h.Beta1, e);
        double l2 = PreciseMath.Log1P(-h.P) + LogNegativeBinomial(n, h.Alpha2, h.Beta2, e);
        return 1 / (1 + Math.Exp(l2 - l1));
    }

    public static double Ebgm(GammaMixtureHyperparameters h, double n, double e, double qn)
    {
        double log1 = SpecialFunctions.DiGamma(h.Alpha1 + n) - Math.Log(h.Beta1 + e);
        double log2 = SpecialFunctions.DiGamma(h.Alpha2 + n) - Math.Log(h.Beta2 + e);
        return Math.Exp((qn * log1) + ((1 - qn) * log2));
    }

    public static double Quantile(GammaMixtureHyperparameters h, double n, double e, double qn, double prob) =>
        GammaQuantile.OfMixture(qn, h.Alpha1 + n, h.Beta1 + e, h.Alpha2 + n, h.Beta2 + e, prob);

    /// <summary>ln of the negative binomial pmf with size alpha and prob beta / (beta + E) at N.</summary>
    public static double LogNegativeBinomial(double n, double alpha, double beta, double e)
    {
        double u = PreciseMath.Log1P(e / beta);
        return SpecialFunctions.GammaLn(alpha + n) - SpecialFunctions.GammaLn(alpha) - SpecialFunctions.GammaLn(n + 1)
            - (alpha * u) + (n * (Math.Log(e) - Math.Log(beta) - u));
    }
}
