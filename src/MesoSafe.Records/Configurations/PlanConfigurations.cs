using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class TreatmentPlanConfiguration : IEntityTypeConfiguration<TreatmentPlan>
{
    public void Configure(EntityTypeBuilder<TreatmentPlan> builder)
    {
        builder.ToTable("Plans");
        builder.Property(p => p.Indication).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(p => p.Technique).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(p => p.Anesthetic).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId);
        builder.HasIndex(p => p.PatientId);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.HasOne<TreatmentPlan>().WithMany().HasForeignKey(c => c.PlanId);
        builder.HasIndex(c => new { c.PlanId, c.PlanRevision });
    }
}
