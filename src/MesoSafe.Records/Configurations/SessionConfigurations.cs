using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class TreatmentSessionConfiguration : IEntityTypeConfiguration<TreatmentSession>
{
    public void Configure(EntityTypeBuilder<TreatmentSession> builder)
    {
        builder.ToTable("Sessions");
        builder.Property(s => s.Technique).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(s => s.Anesthetic).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(s => s.SensitivityTest).HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId);
        builder.HasOne<TreatmentPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<ClinicUser>().WithMany().HasForeignKey(s => s.PractitionerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(s => s.Products).WithOne().HasForeignKey(p => p.SessionId);
        builder.HasIndex(s => new { s.PatientId, s.Date });
        builder.HasIndex(s => new { s.ClinicId, s.Date });
    }
}

internal sealed class SessionProductConfiguration : IEntityTypeConfiguration<SessionProduct>
{
    public void Configure(EntityTypeBuilder<SessionProduct> builder)
    {
        builder.HasOne<Lot>().WithMany().HasForeignKey(p => p.LotId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(p => p.LotId);
        builder.HasIndex(p => p.SessionId);
    }
}
