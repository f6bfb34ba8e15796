namespace MesoSafe.Signals;

/// <summary>How one starting point of the prior fit ended.</summary>
/// <param name="Start">Where the optimizer started.</param>
/// <param name="End">Where it stopped.</param>
/// <param name="LogLikelihood">The log-likelihood at <paramref name="End"/>.</param>
/// <param name="Converged">True when the gradient test was met.</param>
/// <param name="StopReason">Stable code: <c>gradient</c>, <c>no-further-progress</c>, <c>line-search-failed</c>, <c>iteration-limit</c>, <c>not-finite</c>.</param>
/// <param name="Iterations">Quasi-Newton iterations used.</param>
/// <param name="Evaluations">Likelihood evaluations used.</param>
public sealed record PriorFitStart(
    GammaMixtureHyperparameters Start,
    GammaMixtureHyperparameters End,
    double LogLikelihood,
    bool Converged,
    string StopReason,
    int Iterations,
    int Evaluations);
