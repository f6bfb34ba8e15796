namespace MesoSafe.Signals;

/// <summary>The five hyperparameters of DuMouchel's two-gamma mixture prior
/// p Gamma(alpha1, beta1) + (1 - p) Gamma(alpha2, beta2) (shape, rate).</summary>
public readonly record struct GammaMixtureHyperparameters(double Alpha1, double Beta1, double Alpha2, double Beta2, double P)
{
    /// <summary>True when every shape and rate is finite and positive and 0 &lt; p &lt; 1.</summary>
    public bool IsValid =>
        Alpha1 > 0 && Beta1 > 0 && Alpha2 > 0 && Beta2 > 0 && P > 0 && P < 1
        && double.IsFinite(Alpha1) && double.IsFinite(Beta1) && double.IsFinite(Alpha2) && double.IsFinite(Beta2);
}
