namespace MesoSafe.Signals.Prior;

/// <summary>Maximum-likelihood fit of the two-gamma mixture prior from several starting points
/// (DuMouchel's and openEBGM's), keeping the best converged one.</summary>
internal static class GammaMixtureFit
{
    /// <summary>Converged starts whose log-likelihood is within this of the best count as agreeing.</summary>
    public const double AgreementTolerance = 1e-3;

    /// <summary>openEBGM's five default starts (autoHyper's theta_init) then DuMouchel (1999)'s AERS fit.</summary>
    public static IReadOnlyList<GammaMixtureHyperparameters> DefaultStarts { get; } =
    [
        new(0.2, 0.1, 2, 4, 1.0 / 3),
        new(0.1, 0.1, 10, 10, 0.2),
        new(0.3, 0.5, 6, 6, 0.5),
        new(0.5, 0.3, 12, 12, 0.8),
        new(0.2, 0.2, 5, 5, 0.4),
        new(0.2, 0.06, 1.4, 1.8, 0.1),
    ];

    public static (GammaMixturePrior Prior, string? Message) Fit(
        GammaMixtureLikelihood likelihood,
        IReadOnlyList<GammaMixtureHyperparameters> extraStarts,
        IProgress<SignalProgress>? progress,
        CancellationToken cancellationToken)
    {
        var starts = DefaultStarts.Concat(extraStarts.Where(s => s.IsValid)).ToList();
        var settings = new QuasiNewtonSettings(GradientTolerance: 1e-4);
        var results = new List<QuasiNewtonResult>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new SignalProgress("prior-fit", k, starts.Count));
            results.Add(QuasiNewtonMinimizer.Minimize(likelihood.NegativeLogLikelihood, GammaMixtureLikelihood.ToTheta(starts[k]), settings));
        }

        progress?.Report(new SignalProgress("prior-fit", starts.Count, starts.Count));
        var converged = results.Where(r => r.Converged && double.IsFinite(r.Value)).ToList();
        var pool = converged.Count > 0 ? converged : results.Where(r => double.IsFinite(r.Value)).ToList();
        if (pool.Count == 0)
        {
            return (NotFitted(starts.Count, likelihood), "prior-fit-failed: the likelihood was not finite at any starting point");
        }

        var best = pool.MinBy(r => r.Value)!;
        int agreed = converged.Count(r => r.Value - best.Value <= AgreementTolerance);
        var h = GammaMixtureLikelihood.FromTheta(best.X);
        var prior = new GammaMixturePrior
        {
            Alpha1 = h.Alpha1,
            Beta1 = h.Beta1,
            Alpha2 = h.Alpha2,
            Beta2 = h.Beta2,
            P = h.P,
            LogLikelihood = -best.Value,
            Converged = converged.Count > 0,
            StartsTried = starts.Count,
            StartsConverged = converged.Count,
            StartsAgreed = agreed,
            Cells = likelihood.Cells,
            DistinctPoints = likelihood.DistinctPoints,
        };
        string? message = converged.Count > 0
            ? null
            : "prior-fit-not-converged: no starting point converged (best stopped on '" + best.Reason + "')";
        return (prior, message);
    }

    private static GammaMixturePrior NotFitted(int starts, GammaMixtureLikelihood likelihood) => new()
    {
        Alpha1 = double.NaN,
        Beta1 = double.NaN,
        Alpha2 = double.NaN,
        Beta2 = double.NaN,
        P = double.NaN,
        LogLikelihood = double.NaN,
        Converged = false,
        StartsTried = starts,
        StartsConverged = 0,
        StartsAgreed = 0,
        Cells = likelihood.Cells,
        DistinctPoints = likelihood.DistinctPoints,
    };
}
