using System.Runtime.CompilerServices;
using MesoSafe.Signals.Prior;
using MesoSafe.Signals.Scoring;

namespace MesoSafe.Signals;

/// <summary>Scores every (product, event) pair of a <see cref="ReportTable"/>: RR, PRR (with
/// chi-square and CI), ROR (Woolf CI), BCPNN IC/IC025 and MGPS EBGM/EB05/EB95 under a
/// two-gamma mixture prior fitted by maximum likelihood on the table's non-zero counts.</summary>
public static class SignalAnalysis
{
    private const int ChunkSize = 2048;

    public static SignalAnalysisResult Run(
        ReportTable table,
        SignalOptions? options = null,
        IProgress<SignalProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new SignalOptions();
        int parallelism = options.MaxDegreeOfParallelism ?? -1;

        progress?.Report(new SignalProgress("prior-fit", 0, 1));
        var (prior, message) = FitOrFix(table, options, parallelism, progress, cancellationToken);
        bool usablePrior = message is null && prior.Hyperparameters.IsValid;

        progress?.Report(new SignalProgress("posterior", 0, table.PairCount));
        var rows = new SignalRow[table.PairCount];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        var points = DistinctPointScores.Compute(table.PairReportCounts, table.PairExpected, prior.Hyperparameters, usablePrior, options, parallel);
        int chunks = (table.PairCount + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, parallel, chunk =>
        {
            int end = Math.Min(table.PairCount, (chunk + 1) * ChunkSize);
            for (int pair = chunk * ChunkSize; pair < end; pair++)
            {
                rows[pair] = Score(table, pair, points);
            }
        });

        progress?.Report(new SignalProgress("done", table.PairCount, table.PairCount));
        return new SignalAnalysisResult { Rows = rows, Prior = prior, FitMessage = message, TotalReports = table.TotalReports };
    }

    /// <summary>The fit alone (for benchmarks and callers that only want the prior).</summary>
    public static (GammaMixturePrior Prior, string? Message) FitPrior(ReportTable table, SignalOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new SignalOptions();
        return FitOrFix(table, options, options.MaxDegreeOfParallelism ?? -1, null, cancellationToken);
    }

    private static (GammaMixturePrior Prior, string? Message) FitOrFix(
        ReportTable table, SignalOptions options, int parallelism, IProgress<SignalProgress>? progress, CancellationToken cancellationToken)
    {
        var likelihood = options.Squash
            ? SquashedCells.Likelihood(table.PairReportCounts, table.PairExpected, parallelism)
            : GammaMixtureLikelihood.FromCells(table.PairReportCounts, table.PairExpected, parallelism);
        if (options.FixedPrior is { } given)
        {
            if (!given.IsValid)
            {
                throw new ArgumentException("fixed prior hyperparameters must be positive with 0 < p < 1", nameof(options));
            }

            var prior = new GammaMixturePrior
            {
                Alpha1 = given.Alpha1,
                Beta1 = given.Beta1,
                Alpha2 = given.Alpha2,
                Beta2 = given.Beta2,
                P = given.P,
                LogLikelihood = likelihood.Cells > 0 ? likelihood.LogLikelihood(given) : 0,
                Converged = true,
                StartsTried = 0,
                StartsConverged = 0,
                StartsAgreed = 0,
                Fixed = true,
                Cells = likelihood.Cells,
                DistinctPoints = likelihood.DistinctPoints,
            };
            return (prior, null);
        }

        if (likelihood.Cells == 0)
        {
            var empty = new GammaMixturePrior
            {
                Alpha1 = double.NaN, Beta1 = double.NaN, Alpha2 = double.NaN, Beta2 = double.NaN, P = double.NaN,
                LogLikelihood = double.NaN, Converged = false, StartsTried = 0, StartsConverged = 0, StartsAgreed = 0,
            };
            return (empty, "prior-fit-no-data: no pair with N >= 1");
        }

        var coarse = !options.Squash && likelihood.DistinctPoints > GammaMixtureFit.CoarsePhaseThreshold
            ? SquashedCells.Likelihood(table.PairReportCounts, table.PairExpected, parallelism)
            : null;
        return GammaMixtureFit.Fit(likelihood, coarse, options.ExtraStarts, progress, cancellationToken, options.PriorSelection);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SignalRow Score(ReportTable table, int pair, DistinctPointScores points)
    {
        int product = table.PairProductIds[pair];
        int @event = table.PairEventIds[pair];
        long n = table.PairReportCounts[pair];
        double e = table.PairExpected[pair];
        long productReports = table.ProductReportCounts[product];
        long eventReports = table.EventReportCounts[@event];
        double a = n;
        double b = productReports - n;
        double c = eventReports - n;
        double d = table.TotalReports - productReports - eventReports + n;
        var (prrLow, prrHigh) = TwoByTwoScores.PrrInterval(a, b, c, d);
        var (rorLow, rorHigh) = TwoByTwoScores.RorInterval(a, b, c, d);

        return new SignalRow
        {
            Product = table.Products[product],
            Event = table.Events[@event],
            N = n,
            ProductReports = productReports,
            EventReports = eventReports,
            TotalReports = table.TotalReports,
            E = e,
            RR = n / e,
            PRR = TwoByTwoScores.Prr(a, b, c, d),
            PrrChiSquare = TwoByTwoScores.YatesChiSquare(a, b, c, d),
            PrrLower95 = prrLow,
            PrrUpper95 = prrHigh,
            ROR = TwoByTwoScores.Ror(a, b, c, d),
            Ror025 = rorLow,
            Ror975 = rorHigh,
            IC = InformationComponent.Ic(n, e),
            IC025 = points.Ic025(pair),
            EBGM = points.Ebgm(pair),
            EB05 = points.Eb05(pair),
            EB95 = points.Eb95(pair),
            ReportIds = table.GetReportIds(pair),
        };
    }
}
