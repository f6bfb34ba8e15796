using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.Property(p => p.GivenName).HasMaxLength(RecordBounds.NameLength);
        builder.Property(p => p.FamilyName).HasMaxLength(RecordBounds.NameLength);
        builder.Property(p => p.Sex).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(RecordBounds.EmailLength);
        builder.Property(p => p.Phone).HasMaxLength(RecordBounds.PhoneLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Clinic).WithMany().HasForeignKey(p => p.ClinicId);
        builder.HasOne<ClinicUser>().WithMany().HasForeignKey(p => p.UserId);
        builder.HasIndex(p => new { p.ClinicId, p.FamilyName });
        builder.HasIndex(p => p.UserId);
    }
}

internal sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    public void Configure(EntityTypeBuilder<Intake> builder)
    {
        builder.HasOne<Patient>().WithMany().HasForeignKey(i => i.PatientId);
        builder.HasIndex(i => new { i.PatientId, i.RecordedAt });
    }
}

internal sealed class ScreeningRecordConfiguration : IEntityTypeConfiguration<ScreeningRecord>
{
    public void Configure(EntityTypeBuilder<ScreeningRecord> builder)
    {
        builder.ToTable("Screenings");
        builder.Property(s => s.Decision).HasConversion(KebabCodeConverter<ScreeningDecision>.Instance).HasMaxLength(40);
        builder.Property(s => s.KnowledgeBaseVersion).HasMaxLength(40);
        builder.HasOne<Intake>().WithMany().HasForeignKey(s => s.IntakeId);
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(s => new { s.PatientId, s.ScreenedAt });
    }
}
