using MesoSafe.Signals.Scoring;

namespace MesoSafe.Signals.Tests;

// Reference: Gamma(N + 0.5, rate E + 0.5) is chi-square with 2N + 1 degrees of freedom scaled by
// 1 / (2 (E + 0.5)); lower 2.5 % points from the chi-square table (Abramowitz & Stegun 26.8):
// df 3: 0.215795, df 11: 3.815748, df 21: 10.28290. Tolerance 1e-5 relative (table digits).
public sealed class InformationComponentTests
{
    [Theory]
    [InlineData(1, 0.5, 0.215795)]
    [InlineData(5, 0.5, 3.815748)]
    [InlineData(5, 2.5, 3.815748)]
    [InlineData(10, 0.1, 10.28290)]
    public void Ic025_is_log2_of_the_exact_gamma_quantile(long n, double e, double chiSquare025)
    {
        double expected = Math.Log2(chiSquare025 / (2 * (e + 0.5)));
        double actual = InformationComponent.Ic025(n, e);
        Assert.Equal(expected, actual, Math.Abs(expected) * 1e-5 + 1e-6);
    }

    [Fact]
    public void Ic_is_log2_of_the_shrunk_observed_to_expected_ratio()
    {
        Assert.Equal(1.874469117916141, InformationComponent.Ic(5, 1), 1e-14);
        Assert.Equal(0, InformationComponent.Ic(2, 2), 1e-15);
    }
}
