namespace MesoSafe.Records.Plans;

/// <summary>A course of treatment. Every change raises <see cref="Revision"/>; a consent covers
/// one revision only, so a changed plan needs a new consent.</summary>
public sealed class TreatmentPlan : IVersioned, Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    public required string Indication { get; set; }

    public List<string> Areas { get; set; } = [];

    public List<string> Substances { get; set; } = [];

    public required string Technique { get; set; }

    public double? DepthMm { get; set; }

    public string? Anesthetic { get; set; }

    /// <summary>Other procedures the same day ("botulinum-toxin", "prp"): screening reads them
    /// (combined-procedure), so the plan keeps them.</summary>
    public List<string> CombinedWith { get; set; } = [];

    public int Sessions { get; set; }

    public int IntervalDays { get; set; }

    public int Revision { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}
