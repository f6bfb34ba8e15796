namespace MesoSafe.Signals.Synthetic;

/// <summary>A product-event pair the generator reported more often than chance.</summary>
public sealed record PlantedSignal(string Product, string Event);
