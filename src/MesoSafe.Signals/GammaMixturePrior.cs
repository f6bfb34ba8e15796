namespace MesoSafe.Signals;

/// <summary>The fitted (or fixed) prior and how the fit went.</summary>
public sealed class GammaMixturePrior
{
    public required double Alpha1 { get; init; }
    public required double Beta1 { get; init; }
    public required double Alpha2 { get; init; }
    public required double Beta2 { get; init; }
    public required double P { get; init; }

    /// <summary>Zero-truncated (N* = 1) mixture log-likelihood summed over every cell with N &gt;= 1,
    /// full negative-binomial densities including the -log(N!) term, each component truncated on its
    /// own: the negative of openEBGM's <c>negLL</c>, so -LogLikelihood compares with openEBGM's minimum.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>True when the chosen start converged (gradient small or no more progress).</summary>
    public required bool Converged { get; init; }

    /// <summary>Starting points tried.</summary>
    public required int StartsTried { get; init; }

    /// <summary>Starting points whose optimizer converged to a finite optimum.</summary>
    public required int StartsConverged { get; init; }

    /// <summary>Converged starts that reached the chosen optimum (log-likelihood within 1e-3 and
    /// hyperparameters within openEBGM's tolerance of it).</summary>
    public required int StartsAgreed { get; init; }

    /// <summary>How the optimum was chosen among the converged starts.</summary>
    public PriorSelection Selection { get; init; }

    /// <summary>A better optimum than the chosen one that only a single start reached (not used by
    /// <see cref="PriorSelection.Consistent"/>, reported so it is not silently dropped); null when none.</summary>
    public GammaMixtureHyperparameters? LoneOptimum { get; init; }

    /// <summary>The log-likelihood at <see cref="LoneOptimum"/>; null when none.</summary>
    public double? LoneOptimumLogLikelihood { get; init; }

    /// <summary>True when the hyperparameters were given (<see cref="SignalOptions.FixedPrior"/>), not fitted.</summary>
    public bool Fixed { get; init; }

    /// <summary>Cells the likelihood was summed over (pairs with N &gt;= 1) and distinct (N, E) points.</summary>
    public long Cells { get; init; }

    public long DistinctPoints { get; init; }

    /// <summary>Every start tried and where it ended (empty for a fixed prior).</summary>
    public IReadOnlyList<PriorFitStart> Starts { get; init; } = [];

    public GammaMixtureHyperparameters Hyperparameters => new(Alpha1, Beta1, Alpha2, Beta2, P);

    /// <summary>True when the fitted prior sits at the edge of the parameter space: a shape or rate
    /// below 1e-6 or above 1e4, or p within 1e-6 of 0 or 1 (e.g. FAERS' alpha1 -> 0, where the first
    /// component tends to a log-series law). The likelihood is still maximised there (the fit
    /// converged), but the hyperparameter itself is not identified; reported, not hidden.</summary>
    public bool AtBoundary =>
        !Fixed && Hyperparameters.IsValid
        && (Outside(Alpha1) || Outside(Beta1) || Outside(Alpha2) || Outside(Beta2) || P < 1e-6 || P > 1 - 1e-6);

    private static bool Outside(double value) => value < 1e-6 || value > 1e4;
}
