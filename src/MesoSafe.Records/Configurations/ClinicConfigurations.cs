using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(RecordBounds.ClinicNameLength);
        builder.Property(c => c.Telephone).HasMaxLength(RecordBounds.PhoneLength);
    }
}

internal sealed class ClinicUserConfiguration : IEntityTypeConfiguration<ClinicUser>
{
    public void Configure(EntityTypeBuilder<ClinicUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(RecordBounds.DisplayNameLength);
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
