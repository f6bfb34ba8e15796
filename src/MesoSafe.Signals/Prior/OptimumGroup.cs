namespace MesoSafe.Signals.Prior;

/// <summary>Converged starts that reached the same optimum; <see cref="Best"/> is the member with
/// the smallest negative log-likelihood.</summary>
internal sealed class OptimumGroup(QuasiNewtonResult best)
{
    // openEBGM autoHyper's default tol (alpha1, beta1, alpha2, beta2, p): absolute distances under
    // which two estimates are "close"; a relative 1e-3 also counts so large shapes/rates can agree.
    private static readonly double[] ParameterTolerance = [0.05, 0.05, 0.2, 0.2, 0.025];
    private const double RelativeParameterTolerance = 1e-3;

    public QuasiNewtonResult Best { get; } = best;

    public int Starts { get; private set; } = 1;

    public void Add() => Starts++;

    /// <summary>Same optimum: log-likelihoods within <paramref name="logLikelihoodTolerance"/> and every
    /// hyperparameter within openEBGM's tolerance (or 1e-3 relative).</summary>
    public bool Agrees(QuasiNewtonResult other, double logLikelihoodTolerance)
    {
        if (Math.Abs(other.Value - Best.Value) > logLikelihoodTolerance)
        {
            return false;
        }

        var a = Values(GammaMixtureLikelihood.FromTheta(Best.X));
        var b = Values(GammaMixtureLikelihood.FromTheta(other.X));
        for (int k = 0; k < a.Length; k++)
        {
            double distance = Math.Abs(a[k] - b[k]);
            if (distance > ParameterTolerance[k] && distance > RelativeParameterTolerance * Math.Max(Math.Abs(a[k]), Math.Abs(b[k])))
            {
                return false;
            }
        }

        return true;
    }

    private static double[] Values(GammaMixtureHyperparameters h) => [h.Alpha1, h.Beta1, h.Alpha2, h.Beta2, h.P];
}
