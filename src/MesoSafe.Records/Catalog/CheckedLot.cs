namespace MesoSafe.Records.Catalog;

/// <summary>A lot found usable on one date: neither recalled nor expired. Only
/// <see cref="Lot.CheckFor"/> makes one, so a session cannot be charted from a lot nobody checked.</summary>
public sealed class CheckedLot
{
    internal CheckedLot(Lot lot, DateOnly usableOn)
    {
        LotId = lot.Id;
        ProductId = lot.ProductId;
        UsableOn = usableOn;
    }

    public Guid LotId { get; }

    public Guid ProductId { get; }

    /// <summary>The date the lot was checked for; a session on another date needs its own check.</summary>
    public DateOnly UsableOn { get; }
}
