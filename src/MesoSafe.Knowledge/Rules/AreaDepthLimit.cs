namespace MesoSafe.Knowledge.Rules;

/// <summary>A tighter maximum depth in one area (periorbital: 2.0 mm).</summary>
public sealed record AreaDepthLimit
{
    public string Area { get; init; } = "";

    public double MaxMm { get; init; }
}
