using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

/// <summary>A plan's revisions: one row per (plan, revision), so two racing edits of one revision
/// cannot both be stored (ADR 0406).</summary>
internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> builder)
    {
        builder.Property(p => p.Indication).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(p => p.Technique).HasMaxLength(RecordBounds.CodeLength);
        builder.Property(p => p.Anesthetic).HasMaxLength(RecordBounds.CodeLength);
        builder.HasOne<TreatmentPlan>().WithMany().HasForeignKey(p => p.PlanId);
        builder.HasIndex(p => new { p.PlanId, p.Revision }).IsUnique();
    }
}
