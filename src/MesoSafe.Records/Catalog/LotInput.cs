namespace MesoSafe.Records.Catalog;

public sealed record ProductInput(string? Name, string? Manufacturer, IReadOnlyList<string>? Substances);

public sealed record LotInput(Guid? ProductId, string? LotNumber, DateOnly? Expiry);
