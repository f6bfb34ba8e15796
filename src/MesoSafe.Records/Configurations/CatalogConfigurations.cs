using MesoSafe.Records.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Manufacturer).HasMaxLength(200);
    }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.Property(l => l.LotNumber).HasMaxLength(80);
        builder.Property(l => l.RecallReason).HasMaxLength(Lot.MaxRecallReasonLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId);
        builder.HasIndex(l => new { l.ProductId, l.LotNumber }).IsUnique();
    }
}
