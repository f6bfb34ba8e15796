using MesoSafe.Records.Clinics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Telephone).HasMaxLength(40);
    }
}

internal sealed class ClinicMembershipConfiguration : IEntityTypeConfiguration<ClinicMembership>
{
    public void Configure(EntityTypeBuilder<ClinicMembership> builder)
    {
        builder.HasKey(m => new { m.UserId, m.ClinicId });
        builder.HasOne<ClinicUser>().WithMany(u => u.Memberships).HasForeignKey(m => m.UserId);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(m => m.ClinicId);
        builder.HasIndex(m => m.ClinicId);
    }
}
