namespace MesoSafe.Signals.Synthetic;

/// <summary>Shape of a synthetic report set.</summary>
public sealed class SyntheticReportOptions
{
    public int Reports { get; init; } = 1000;
    public int Products { get; init; } = 200;
    public int Events { get; init; } = 300;
    public ulong Seed { get; init; } = 1;

    /// <summary>Product-event pairs given an elevated reporting rate.</summary>
    public int Planted { get; init; } = 10;

    /// <summary>Chance that a report naming a planted pair's product also names its event.</summary>
    public double PlantedRate { get; init; } = 0.3;

    /// <summary>Share of events drawn from the report's first product's own event preferences
    /// instead of the overall frequencies.</summary>
    public double ProductAffinity { get; init; } = 0.3;

    /// <summary>Zipf exponent of product and event frequencies (rank k has weight 1/k^s).</summary>
    public double ZipfExponent { get; init; } = 1.0;

    /// <summary>Products per report: uniform in 1..this (mean (1+max)/2).</summary>
    public int MaxProductsPerReport { get; init; } = 3;

    /// <summary>Events per report: uniform in 1..this.</summary>
    public int MaxEventsPerReport { get; init; } = 9;
}
