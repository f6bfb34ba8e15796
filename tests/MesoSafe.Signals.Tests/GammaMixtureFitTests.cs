using MathNet.Numerics.Distributions;
using MesoSafe.Signals.Prior;

namespace MesoSafe.Signals.Tests;

public sealed class GammaMixtureFitTests
{
    [Fact]
    public void Fit_recovers_planted_hyperparameters_from_simulated_counts()
    {
        // Simulated from the model the likelihood describes (seeded): component k with probability p,
        // lambda ~ Gamma(a_k, b_k), N ~ Poisson(lambda E) redrawn until N >= 1 (each component truncated).
        // Tolerance: 25 % relative on shapes and rates, 0.05 absolute on p (30,000 cells), and the
        // fitted log-likelihood must be at least the truth's (it is the maximum).
        var planted = new GammaMixtureHyperparameters(2, 0.2, 5, 5, 0.3);
        var random = new Random(20261123);
        const int cells = 30_000;
        var n = new long[cells];
        var e = new double[cells];
        for (int k = 0; k < cells; k++)
        {
            e[k] = Math.Exp(-3 + (4.5 * random.NextDouble()));
            bool first = random.NextDouble() < planted.P;
            double shape = first ? planted.Alpha1 : planted.Alpha2;
            double rate = first ? planted.Beta1 : planted.Beta2;
            long count;
            do
            {
                count = Poisson.Sample(random, Gamma.Sample(random, shape, rate) * e[k]);
            }
            while (count < 1);
            n[k] = count;
        }

        var likelihood = GammaMixtureLikelihood.FromCells(n, e);
        var (prior, message) = GammaMixtureFit.Fit(likelihood, null, [], null, CancellationToken.None);

        Assert.Null(message);
        Assert.True(prior.LogLikelihood >= likelihood.LogLikelihood(planted) - 1e-6);
        var h = prior.Hyperparameters;

        // The labels may come out swapped: component 1 is the one with the larger mean here.
        if (h.Alpha1 / h.Beta1 < h.Alpha2 / h.Beta2)
        {
            h = new GammaMixtureHyperparameters(h.Alpha2, h.Beta2, h.Alpha1, h.Beta1, 1 - h.P);
        }

        Assert.Equal(planted.Alpha1, h.Alpha1, planted.Alpha1 * 0.25);
        Assert.Equal(planted.Beta1, h.Beta1, planted.Beta1 * 0.25);
        Assert.Equal(planted.Alpha2, h.Alpha2, planted.Alpha2 * 0.25);
        Assert.Equal(planted.Beta2, h.Beta2, planted.Beta2 * 0.25);
        Assert.Equal(planted.P, h.P, 0.05);
        Assert.True(prior.StartsConverged >= 1 && prior.StartsAgreed >= 1);
    }

    [Fact]
    public void Squashed_coarse_phase_then_exact_polish_reaches_the_exact_optimum()
    {
        // Same optimum with and without the coarse phase (1e-6 relative on -LL): the polish runs on every cell.
        var random = new Random(7);
        const int cells = 12_000;
        var n = new long[cells];
        var e = new double[cells];
        for (int k = 0; k < cells; k++)
        {
            e[k] = Math.Exp(-4 + (5 * random.NextDouble()));
            long count;
            do
            {
                bool first = random.NextDouble() < 0.1;
                count = Poisson.Sample(random, Gamma.Sample(random, first ? 1.5 : 3, first ? 0.3 : 3) * e[k]);
            }
            while (count < 1);
            n[k] = count;
        }

        var likelihood = GammaMixtureLikelihood.FromCells(n, e);
        var coarse = SquashedCells.Likelihood(n, e, -1);
        Assert.True(coarse.DistinctPoints < likelihood.DistinctPoints / 5);
        var (direct, _) = GammaMixtureFit.Fit(likelihood, null, [], null, CancellationToken.None);
        var (twoPhase, _) = GammaMixtureFit.Fit(likelihood, coarse, [], null, CancellationToken.None);
        Assert.Equal(direct.LogLikelihood, twoPhase.LogLikelihood, Math.Abs(direct.LogLikelihood) * 1e-6);
    }

    private static QuasiNewtonResult Optimum(GammaMixtureHyperparameters h, double negativeLogLikelihood) =>
        new(GammaMixtureLikelihood.ToTheta(h), negativeLogLikelihood, new double[5], 10, 20, true, "gradient", new double[5, 5]);

    [Fact]
    public void Optima_agree_only_when_both_likelihood_and_hyperparameters_are_close()
    {
        var group = new OptimumGroup(Optimum(new(3.256, 0.4, 2.024, 1.906, 0.0653), 4162.4557));

        // Within openEBGM's tol (0.05, 0.05, 0.2, 0.2, 0.025) and 1e-3 on -LL: the same optimum.
        Assert.True(group.Agrees(Optimum(new(3.28, 0.41, 2.1, 1.95, 0.07), 4162.4561), GammaMixtureFit.AgreementTolerance));

        // Same -LL, far parameters (CAERS' other optimum has alpha1 = 20.96): a different optimum.
        Assert.False(group.Agrees(Optimum(new(20.96, 1.66, 1.74, 1.56, 0.035), 4162.4557), GammaMixtureFit.AgreementTolerance));

        // Same parameters but -LL 0.01 apart: not the same optimum.
        Assert.False(group.Agrees(Optimum(new(3.256, 0.4, 2.024, 1.906, 0.0653), 4162.4657), GammaMixtureFit.AgreementTolerance));
    }

    [Fact]
    public void Consistent_selection_prefers_the_optimum_two_starts_reach_and_falls_back_to_the_best_single()
    {
        var openEbgm = new GammaMixtureHyperparameters(3.256, 0.4, 2.024, 1.906, 0.0653);
        var lone = new GammaMixtureHyperparameters(20.96, 1.66, 1.74, 1.56, 0.035);
        var groups = GammaMixtureFit.Group([Optimum(lone, 4162.1808), Optimum(openEbgm, 4162.4557), Optimum(openEbgm, 4162.4558)]);

        Assert.Equal(2, groups.Count);
        var consistent = GammaMixtureFit.Choose(groups, PriorSelection.Consistent)!;
        Assert.Equal(2, consistent.Starts);
        Assert.Equal(4162.4557, consistent.Best.Value);
        Assert.Equal(4162.1808, GammaMixtureFit.Choose(groups, PriorSelection.Best)!.Best.Value);

        // No optimum reached twice: the best single one.
        var singles = GammaMixtureFit.Group([Optimum(openEbgm, 4162.4557), Optimum(lone, 4162.1808)]);
        Assert.Equal(4162.1808, GammaMixtureFit.Choose(singles, PriorSelection.Consistent)!.Best.Value);
        Assert.Null(GammaMixtureFit.Choose([], PriorSelection.Consistent));
    }
}
