using MesoSafe.Records.Patients;
using MesoSafe.Records.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class PatientErasureConfiguration : IEntityTypeConfiguration<PatientErasure>
{
    public void Configure(EntityTypeBuilder<PatientErasure> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(PatientPrivacy.MaxReasonLength);
        // One erasure per patient: a second one racing the first fails here and is answered 409.
        builder.HasIndex(e => e.PatientId).IsUnique();
        builder.HasOne<Patient>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
