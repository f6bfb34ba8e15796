namespace MesoSafe.Records.Plans;

/// <summary>One saved revision of a plan, never changed once written (ADR 0406): the plan row holds
/// the latest, these rows every revision a consent may name. Written by the database context on
/// every save that creates a plan or raises its <see cref="TreatmentPlan.Revision"/>.</summary>
public sealed class PlanRevision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public int Revision { get; set; }

    public required string Indication { get; set; }

    public List<string> Areas { get; set; } = [];

    public List<string> Substances { get; set; } = [];

    public required string Technique { get; set; }

    public double? DepthMm { get; set; }

    public string? Anesthetic { get; set; }

    public List<string> CombinedWith { get; set; } = [];

    public int Sessions { get; set; }

    public int IntervalDays { get; set; }

    /// <summary>The user whose request saved this revision (null for the CLI and the demo seed).</summary>
    public Guid? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    internal static PlanRevision Of(TreatmentPlan plan, Guid? by, DateTimeOffset at) => new()
    {
        PlanId = plan.Id,
        Revision = plan.Revision,
        Indication = plan.Indication,
        Areas = [.. plan.Areas],
        Substances = [.. plan.Substances],
        Technique = plan.Technique,
        DepthMm = plan.DepthMm,
        Anesthetic = plan.Anesthetic,
        CombinedWith = [.. plan.CombinedWith],
        Sessions = plan.Sessions,
        IntervalDays = plan.IntervalDays,
        RecordedBy = by,
        RecordedAt = at,
    };
}
