using MesoSafe.Records.Catalog;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(RecordBounds.ProductNameLength);
        builder.Property(p => p.Manufacturer).HasMaxLength(RecordBounds.ProductNameLength);
    }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.Property(l => l.LotNumber).HasMaxLength(RecordBounds.LotNumberLength);
        builder.Property(l => l.RecallReason).HasMaxLength(RecordBounds.RecallReasonLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId);
        builder.HasIndex(l => new { l.ProductId, l.LotNumber }).IsUnique();
    }
}
