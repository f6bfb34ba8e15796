namespace MesoSafe.Records.Catalog;

/// <summary>A manufactured lot. A lot past its expiry date or recalled cannot be charted.</summary>
public sealed class Lot : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProductId { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Product? Product { get; set; }

    public required string LotNumber { get; set; }

    public DateOnly Expiry { get; set; }

    public bool Recalled { get; set; }

    public DateTimeOffset? RecalledAt { get; set; }

    public string? RecallReason { get; set; }

    public long Version { get; set; }

    public bool IsExpiredOn(DateOnly date) => date > Expiry;
}
