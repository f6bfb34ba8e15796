using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class AdverseEventConfiguration : IEntityTypeConfiguration<AdverseEvent>
{
    public void Configure(EntityTypeBuilder<AdverseEvent> builder)
    {
        builder.Property(a => a.EventCode).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId);
        builder.HasMany(a => a.Reports).WithOne().HasForeignKey(r => r.AdverseEventId);
        builder.HasIndex(a => new { a.PatientId, a.Onset });
        builder.HasIndex(a => new { a.ClinicId, a.Onset });
    }
}

internal sealed class AdverseEventReportConfiguration : IEntityTypeConfiguration<AdverseEventReport>
{
    public void Configure(EntityTypeBuilder<AdverseEventReport> builder)
    {
        builder.Property(r => r.EventCode).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(r => r.Narrative).HasMaxLength(RecordBounds.NarrativeLength);
        builder.Property(r => r.Severity).HasMaxLength(20);
        builder.Property(r => r.Outcome).HasMaxLength(40);
        builder.Property(r => r.Causality).HasMaxLength(20);
        builder.Property(r => r.ReporterType).HasMaxLength(20);
        builder.HasIndex(r => new { r.AdverseEventId, r.Number }).IsUnique();
    }
}
