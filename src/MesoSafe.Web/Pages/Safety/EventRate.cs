using MathNet.Numerics.Distributions;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse events per 1,000 sessions with the exact (Garwood) 95 % Poisson interval.</summary>
/// <remarks>The interval is worked out once, when the rate is made: the page reads it for the table and
/// again for the chart, and each bound is a chi-squared quantile search.</remarks>
public sealed record EventRate(string Label, long Events, long Sessions)
{
    public double PerThousand => Sessions == 0 ? double.NaN : Events * 1000.0 / Sessions;

    public double Lower { get; } = Sessions == 0 ? double.NaN : (Events == 0 ? 0 : ChiSquared.InvCDF(2.0 * Events, 0.025) / 2) * 1000.0 / Sessions;

    public double Upper { get; } = Sessions == 0 ? double.NaN : ChiSquared.InvCDF(2.0 * (Events + 1), 0.975) / 2 * 1000.0 / Sessions;
}
