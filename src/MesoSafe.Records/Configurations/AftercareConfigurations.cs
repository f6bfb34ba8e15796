using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.Property(c => c.TriageLevel).HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<TreatmentSession>().WithMany().HasForeignKey(c => c.SessionId);
        builder.HasIndex(c => new { c.SessionId, c.DueOn });
        builder.HasIndex(c => new { c.PatientId, c.DueOn });
        // The queue's "overdue" query: open check-ins of a clinic by due date.
        builder.HasIndex(c => new { c.ClinicId, c.SubmittedAt, c.DueOn });
    }
}

internal sealed class AttentionItemConfiguration : IEntityTypeConfiguration<AttentionItem>
{
    public void Configure(EntityTypeBuilder<AttentionItem> builder)
    {
        builder.Property(a => a.Reason).HasMaxLength(40);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Patient>().WithMany().HasForeignKey(a => a.PatientId);
        builder.HasIndex(a => new { a.ClinicId, a.ResolvedAt, a.Priority });
        builder.HasIndex(a => a.PatientId);
        // A recall skips patients already queued for the lot.
        builder.HasIndex(a => new { a.LotId, a.PatientId });
    }
}

internal sealed class CheckInReadingConfiguration : IEntityTypeConfiguration<Readings.CheckInReading>
{
    public void Configure(EntityTypeBuilder<Readings.CheckInReading> builder)
    {
        builder.Property(r => r.Language).HasMaxLength(35);
        builder.Property(r => r.Level).HasMaxLength(20);
        builder.Property(r => r.Action).HasMaxLength(Readings.CheckInReadings.MaxActionLength);
        builder.Property(r => r.KnowledgeBase).HasMaxLength(40);
        builder.HasOne<CheckIn>().WithMany().HasForeignKey(r => r.CheckInId);
        builder.HasIndex(r => r.CheckInId);
        builder.HasIndex(r => new { r.ClinicId, r.KnowledgeBase });
        builder.HasIndex(r => r.PatientId);
    }
}
