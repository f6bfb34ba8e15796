namespace MesoSafe.Signals.Scoring;

/// <summary>BCPNN information component with the simple Gamma(N + 0.5, E + 0.5) posterior
/// (Noren et al.): IC = log2((N + 0.5) / (E + 0.5)); IC025 = log2 of the exact 2.5 %
/// quantile of Gamma(shape N + 0.5, rate E + 0.5), not the closed-form approximation.</summary>
internal static class InformationComponent
{
    public static double Ic(double n, double e) => Math.Log2((n + 0.5) / (e + 0.5));

    public static double Ic025(double n, double e) => Math.Log2(GammaQuantile.Of(n + 0.5, e + 0.5, 0.025));
}
