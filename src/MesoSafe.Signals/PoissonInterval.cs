using MesoSafe.Signals.Scoring;

namespace MesoSafe.Signals;

/// <summary>The exact (Garwood 1936) confidence interval for the mean of a Poisson count.</summary>
/// <remarks>By the Poisson-gamma identity P(X &lt;= k; mu) = 1 - P(k + 1, mu), the bounds are gamma
/// quantiles with rate 1 (half the chi-square quantiles with 2k and 2k + 2 degrees of freedom):
/// lower = Q(alpha/2; k), 0 when k = 0; upper = Q(1 - alpha/2; k + 1). Solved by the same gamma
/// quantile as IC025, so the project has one inverse of the incomplete gamma.</remarks>
public readonly record struct PoissonInterval(double Lower, double Upper)
{
    /// <summary>The two-sided interval at <paramref name="confidence"/> (0.95: 2.5 % in each tail) for
    /// <paramref name="count"/> events.</summary>
    public static PoissonInterval Exact(long count, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence is between 0 and 1, exclusive.");
        }

        double tail = (1 - confidence) / 2;
        double lower = count == 0 ? 0 : GammaQuantile.Of(count, 1, tail);
        double upper = GammaQuantile.Of(count + 1, 1, 1 - tail);
        return new PoissonInterval(lower, upper);
    }

    /// <summary>The interval of a rate: both bounds per <paramref name="exposure"/> units, times
    /// <paramref name="per"/> (e.g. events per 1,000 sessions); NaN bounds when there is no exposure.</summary>
    public static PoissonInterval ExactRate(long count, double exposure, double per = 1, double confidence = 0.95)
    {
        if (!(exposure > 0))
        {
            return new PoissonInterval(double.NaN, double.NaN);
        }

        var counts = Exact(count, confidence);
        return new PoissonInterval(counts.Lower * per / exposure, counts.Upper * per / exposure);
    }
}
