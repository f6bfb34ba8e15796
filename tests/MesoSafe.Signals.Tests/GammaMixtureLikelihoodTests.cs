using MesoSafe.Signals.Prior;

namespace MesoSafe.Signals.Tests;

public sealed class GammaMixtureLikelihoodTests
{
    private static readonly GammaMixtureHyperparameters Prior = new(0.2, 0.1, 2, 4, 1.0 / 3);

    [Theory]
    [InlineData(2000, 1e-3)]
    [InlineData(2000, 3000)]
    [InlineData(1, 1e-9)]
    [InlineData(1, 5000)]
    public void Extreme_cells_give_a_finite_likelihood_and_gradient(long n, double e)
    {
        var likelihood = GammaMixtureLikelihood.FromCells([n], [e]);
        var gradient = new double[5];
        double value = likelihood.NegativeLogLikelihood(GammaMixtureLikelihood.ToTheta(Prior), gradient);
        Assert.True(double.IsFinite(value), $"-LL = {value}");
        Assert.All(gradient, g => Assert.True(double.IsFinite(g), $"gradient {g}"));
    }

    [Fact]
    public void Analytic_gradient_matches_central_differences()
    {
        // Reference: central differences with step 1e-6 in theta; tolerance 1e-5 relative to the gradient's size.
        long[] n = [1, 1, 2, 3, 7, 40, 2000];
        double[] e = [0.01, 0.5, 0.2, 3, 0.8, 2.5, 40];
        var likelihood = GammaMixtureLikelihood.FromCells(n, e);
        double[] theta = GammaMixtureLikelihood.ToTheta(new GammaMixtureHyperparameters(1.3, 0.7, 4, 2.5, 0.3));
        var gradient = new double[5];
        likelihood.NegativeLogLikelihood(theta, gradient);
        for (int k = 0; k < 5; k++)
        {
            double[] up = (double[])theta.Clone();
            double[] down = (double[])theta.Clone();
            up[k] += 1e-6;
            down[k] -= 1e-6;
            double numeric = (likelihood.NegativeLogLikelihood(up, []) - likelihood.NegativeLogLikelihood(down, [])) / 2e-6;
            Assert.Equal(numeric, gradient[k], 1e-5 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void Merging_identical_cells_gives_the_same_likelihood_as_summing_them_one_by_one()
    {
        long[] n = [1, 1, 1, 2, 2, 5];
        double[] e = [0.3, 0.3, 0.7, 0.3, 0.3, 1.1];
        var merged = GammaMixtureLikelihood.FromCells(n, e);
        Assert.Equal(4, merged.DistinctPoints);
        Assert.Equal(6, merged.Cells);
        double oneByOne = 0;
        for (int k = 0; k < n.Length; k++)
        {
            oneByOne += GammaMixtureLikelihood.FromCells([n[k]], [e[k]]).LogLikelihood(Prior);
        }

        Assert.Equal(oneByOne, merged.LogLikelihood(Prior), 1e-10);
    }

    [Fact]
    public void One_cell_likelihood_is_the_per_component_truncated_negative_binomial_mixture()
    {
        // Hand formula for N = 2, E = 0.5 (openEBGM negLL): f_k = Gamma(a+2)/(Gamma(a) 2!) (b/(b+E))^a (E/(b+E))^2,
        // L = p f1/(1 - (b1/(b1+E))^a1) + (1-p) f2/(1 - (b2/(b2+E))^a2). Tolerance 1e-12 relative.
        double a1 = 0.2, b1 = 0.1, a2 = 2, b2 = 4, p = 1.0 / 3, e = 0.5;
        double f1 = (a1 * (a1 + 1) / 2) * Math.Pow(b1 / (b1 + e), a1) * Math.Pow(e / (b1 + e), 2);
        double f2 = (a2 * (a2 + 1) / 2) * Math.Pow(b2 / (b2 + e), a2) * Math.Pow(e / (b2 + e), 2);
        double l = (p * f1 / (1 - Math.Pow(b1 / (b1 + e), a1))) + ((1 - p) * f2 / (1 - Math.Pow(b2 / (b2 + e), a2)));
        double actual = GammaMixtureLikelihood.FromCells([2], [e]).LogLikelihood(Prior);
        Assert.Equal(Math.Log(l), actual, Math.Abs(Math.Log(l)) * 1e-12);
    }
}
