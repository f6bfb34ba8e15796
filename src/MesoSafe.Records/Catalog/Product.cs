namespace MesoSafe.Records.Catalog;

public sealed class Product
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string Manufacturer { get; set; }

    /// <summary>Knowledge-base substance codes in the product.</summary>
    public List<string> Substances { get; set; } = [];
}
