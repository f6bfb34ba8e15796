namespace MesoSafe.Signals.Prior;

/// <summary>Maximum-likelihood fit of the two-gamma mixture prior from several starting points
/// (openEBGM's and DuMouchel's), run side by side. Converged optima are grouped (log-likelihood within
/// <see cref="AgreementTolerance"/> and hyperparameters within openEBGM's tol); by default the best
/// optimum reached by at least two starts is used (openEBGM autoHyper's consistent convergence),
/// the best single-start optimum only when none has two (ADR 0301). On large tables every start
/// first runs on openEBGM-style squashed points (a few thousand), then each distinct optimum found
/// there is polished on the exact likelihood of every (N, E) cell; starts share the polished result
/// of their optimum.</summary>
internal static class GammaMixtureFit
{
    /// <summary>Converged starts whose log-likelihoods differ by at most this (and whose hyperparameters are close) agree.</summary>
    public const double AgreementTolerance = 1e-3;

    /// <summary>Above this many distinct (N, E) points the starts run on squashed data first.</summary>
    public const int CoarsePhaseThreshold = 5000;

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

    private static readonly QuasiNewtonSettings Exact = new(GradientTolerance: 1e-4, RelativeGradientTolerance: 1e-9);
    private static readonly QuasiNewtonSettings Tight = new(GradientTolerance: 1e-7, RelativeGradientTolerance: 1e-12, FunctionTolerance: 1e-15, MaxIterations: 60);
    // The coarse phase only has to find the basins (the exact polish settles the digits): it stops
    // once an iteration gains less than 1e-10 relative.
    private static readonly QuasiNewtonSettings Coarse = new(GradientTolerance: 1e-3, RelativeGradientTolerance: 1e-8, FunctionTolerance: 1e-10);

    public static (GammaMixturePrior Prior, string? Message) Fit(
        GammaMixtureLikelihood likelihood,
        GammaMixtureLikelihood? coarse,
        IReadOnlyList<GammaMixtureHyperparameters> extraStarts,
        IProgress<SignalProgress>? progress,
        CancellationToken cancellationToken,
        PriorSelection selection = PriorSelection.Consistent)
    {
        var starts = DefaultStarts.Concat(extraStarts.Where(s => s.IsValid)).ToList();
        var results = coarse is null
            ? RunExact(likelihood, starts, progress, cancellationToken)
            : RunCoarseThenPolish(likelihood, coarse, starts, progress, cancellationToken);
        progress?.Report(new SignalProgress("prior-fit", starts.Count, starts.Count));

        var converged = results.Where(r => r.Converged && double.IsFinite(r.Value)).ToList();
        var groups = Group(converged);
        var chosen = Choose(groups, selection);
        QuasiNewtonResult best;
        if (chosen is not null)
        {
            // Small tables only: on large ones the exact polish already settles -LL far below the
            // reported digits, and a tighter one costs tens of full passes for ~1e-7.
            best = likelihood.DistinctPoints <= CoarsePhaseThreshold ? Polish(likelihood, chosen.Best, cancellationToken) : chosen.Best;
        }
        else
        {
            var finite = results.Where(r => double.IsFinite(r.Value)).ToList();
            if (finite.Count == 0)
            {
                return (NotFitted(starts.Count, likelihood), "prior-fit-failed: the likelihood was not finite at any starting point");
            }

            best = finite.MinBy(r => r.Value)!;
        }

        // A better optimum that only one start reached is not used by the consistent rule, but it is reported.
        var lone = chosen is null ? null : groups.FirstOrDefault(g => g.Starts == 1 && g.Best.Value < chosen.Best.Value - AgreementTolerance);
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
            StartsAgreed = chosen?.Starts ?? 0,
            Selection = selection,
            LoneOptimum = lone is null ? null : GammaMixtureLikelihood.FromTheta(lone.Best.X),
            LoneOptimumLogLikelihood = lone is null ? null : -lone.Best.Value,
            Cells = likelihood.Cells,
            DistinctPoints = likelihood.DistinctPoints,
            Starts = [.. starts.Select((s, k) => new PriorFitStart(
                s, GammaMixtureLikelihood.FromTheta(results[k].X), -results[k].Value, results[k].Converged,
                results[k].Reason, results[k].Iterations, results[k].Evaluations))],
        };
        string? message = converged.Count > 0
            ? null
            : "prior-fit-not-converged: no starting point converged (best stopped on '" + best.Reason + "')";
        return (prior, message);
    }

    /// <summary>The selection rule (ADR 0301) over groups ordered best first: Best takes the first;
    /// Consistent the first reached by at least two starts, else the first. Null when there is none.</summary>
    public static OptimumGroup? Choose(IReadOnlyList<OptimumGroup> groups, PriorSelection selection)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        if (selection == PriorSelection.Consistent)
        {
            foreach (var group in groups)
            {
                if (group.Starts >= 2)
                {
                    return group;
                }
            }
        }

        return groups[0];
    }

    /// <summary>Converged optima grouped by agreement (log-likelihood and parameters), best first.</summary>
    public static List<OptimumGroup> Group(List<QuasiNewtonResult> converged)
    {
        var groups = new List<OptimumGroup>();
        foreach (var result in converged.OrderBy(r => r.Value))
        {
            var group = groups.Find(g => g.Agrees(result, AgreementTolerance));
            if (group is null)
            {
                groups.Add(new OptimumGroup(result));
            }
            else
            {
                group.Add();
            }
        }

        return groups;
    }

    /// <summary>Tightens the chosen optimum (warm inverse Hessian) so its log-likelihood is settled to
    /// well below the reported digits; keeps the original when the polish does not improve it.</summary>
    private static QuasiNewtonResult Polish(GammaMixtureLikelihood likelihood, QuasiNewtonResult optimum, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var polished = QuasiNewtonMinimizer.Minimize(likelihood.NegativeLogLikelihood, optimum.X, Tight, optimum.InverseHessian);
        return polished.Value <= optimum.Value && double.IsFinite(polished.Value)
            ? polished with { Converged = true, Iterations = optimum.Iterations + polished.Iterations, Evaluations = optimum.Evaluations + polished.Evaluations }
            : optimum;
    }

    private static List<QuasiNewtonResult> RunExact(
        GammaMixtureLikelihood likelihood, List<GammaMixtureHyperparameters> starts, IProgress<SignalProgress>? progress, CancellationToken cancellationToken) =>
        RunStarts(likelihood, starts, Exact, progress, cancellationToken);

    private static List<QuasiNewtonResult> RunCoarseThenPolish(
        GammaMixtureLikelihood likelihood, GammaMixtureLikelihood coarse, List<GammaMixtureHyperparameters> starts,
        IProgress<SignalProgress>? progress, CancellationToken cancellationToken)
    {
        var coarseResults = RunStarts(coarse, starts, Coarse, progress, cancellationToken);

        // Starts whose coarse optima have the same value (to 1e-7 relative) share one exact polish.
        var polished = new List<(double CoarseValue, QuasiNewtonResult Exact)>();
        var results = new List<QuasiNewtonResult>(starts.Count);
        foreach (var c in coarseResults)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!double.IsFinite(c.Value))
            {
                results.Add(c);
                continue;
            }

            int match = polished.FindIndex(p => Math.Abs(p.CoarseValue - c.Value) <= 1e-7 * Math.Max(1, Math.Abs(c.Value)));
            if (match < 0)
            {
                // Cold inverse Hessian: the coarse one is huge along a flat direction (FAERS' alpha1 -> 0)
                // and made the polish zigzag there for ~50 full passes instead of ~13.
                var exact = QuasiNewtonMinimizer.Minimize(likelihood.NegativeLogLikelihood, c.X, Exact);
                polished.Add((c.Value, exact));
                match = polished.Count - 1;
            }

            var e = polished[match].Exact;
            results.Add(e with
            {
                Converged = c.Converged && e.Converged,
                Iterations = c.Iterations + e.Iterations,
                Evaluations = c.Evaluations + e.Evaluations,
            });
        }

        return results;
    }

    /// <summary>The starts side by side (each is independent; a small likelihood evaluates on one
    /// core, so this is where two cores pay off), results in start order.</summary>
    private static List<QuasiNewtonResult> RunStarts(
        GammaMixtureLikelihood likelihood, List<GammaMixtureHyperparameters> starts, QuasiNewtonSettings settings,
        IProgress<SignalProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new QuasiNewtonResult[starts.Count];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = likelihood.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, starts.Count, parallel, k =>
        {
            results[k] = QuasiNewtonMinimizer.Minimize(likelihood.NegativeLogLikelihood, GammaMixtureLikelihood.ToTheta(starts[k]), settings);
            progress?.Report(new SignalProgress("prior-fit", Interlocked.Increment(ref done), starts.Count));
        });
        return [.. results];
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
