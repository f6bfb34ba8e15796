using MathNet.Numerics.Distributions;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse events per 1,000 sessions with the exact (Garwood) 95 % Poisson interval.</summary>
public sealed record EventRate(string Label, long Events, long Sessions)
{
    public double PerThousand => Sessions == 0 ? double.NaN : Events * 1000.0 / Sessions;

    public double Lower => Sessions == 0 ? double.NaN : (Events == 0 ? 0 : ChiSquared.InvCDF(2.0 * Events, 0.025) / 2) * 1000.0 / Sessions;

    public double Upper => Sessions == 0 ? double.NaN : ChiSquared.InvCDF(2.0 * (Events + 1), 0.975) / 2 * 1000.0 / Sessions;
}
