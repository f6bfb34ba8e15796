namespace MesoSafe.Records.AdverseEvents;

/// <summary>Adverse events linked to sessions, and those sessions, under one label.</summary>
public sealed record LabelCount(string Label, long Events, long Sessions);

/// <summary>Events and sessions the caller may see, in all and per product, lot, practitioner and area.</summary>
public sealed record EventCounts(
    long Sessions,
    long Events,
    IReadOnlyList<LabelCount> PerProduct,
    IReadOnlyList<LabelCount> PerLot,
    IReadOnlyList<LabelCount> PerPractitioner,
    IReadOnlyList<LabelCount> PerArea);
