using MesoSafe.Signals;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse events per 1,000 sessions with the exact (Garwood) 95 % Poisson interval.</summary>
/// <remarks>The interval is worked out once, when the rate is made: the page reads it for the table and
/// again for the chart, and each bound is a gamma quantile search.</remarks>
public sealed record EventRate(string Label, long Events, long Sessions)
{
    private readonly PoissonInterval _interval = PoissonInterval.ExactRate(Events, Sessions, per: 1000);

    public double PerThousand => Sessions == 0 ? double.NaN : Events * 1000.0 / Sessions;

    public double Lower => _interval.Lower;

    public double Upper => _interval.Upper;
}
