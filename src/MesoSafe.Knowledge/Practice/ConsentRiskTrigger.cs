namespace MesoSafe.Knowledge.Practice;

/// <summary>The indications and areas a consent risk is listed for (any one is enough).</summary>
public sealed record ConsentRiskTrigger
{
    public IReadOnlyList<string> Indications { get; init; } = [];

    public IReadOnlyList<string> Areas { get; init; } = [];
}
