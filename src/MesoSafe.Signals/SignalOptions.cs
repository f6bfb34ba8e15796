namespace MesoSafe.Signals;

/// <summary>Options for <see cref="SignalAnalysis.Run"/>.</summary>
public sealed class SignalOptions
{
    /// <summary>Fit the prior on openEBGM-style squashed data (bins of cells with the same N)
    /// instead of every distinct (N, E). Off by default: the exact likelihood is fast enough.</summary>
    public bool Squash { get; init; }

    /// <summary>Use these hyperparameters instead of fitting (e.g. openEBGM's, to compare).</summary>
    public GammaMixtureHyperparameters? FixedPrior { get; init; }

    /// <summary>Which converged optimum is used: <see cref="PriorSelection.Consistent"/> (default, openEBGM's
    /// rule: reached by at least two starts) or <see cref="PriorSelection.Best"/>.</summary>
    public PriorSelection PriorSelection { get; init; } = PriorSelection.Consistent;

    /// <summary>Extra starting points tried besides DuMouchel's and openEBGM's.</summary>
    public IReadOnlyList<GammaMixtureHyperparameters> ExtraStarts { get; init; } = [];

    /// <summary>Lower tail probability of the EB interval (EB05 = 0.05).</summary>
    public double EbLowerProbability { get; init; } = 0.05;

    /// <summary>Upper tail probability of the EB interval (EB95 = 0.95).</summary>
    public double EbUpperProbability { get; init; } = 0.95;

    /// <summary>Maximum degree of parallelism for the per-pair work; null = all cores.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
