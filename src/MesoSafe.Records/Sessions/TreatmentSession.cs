namespace MesoSafe.Records.Sessions;

/// <summary>One charted session. Refusals stop it being stored; flags are stored with it.</summary>
public sealed class TreatmentSession : IVersioned, Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    public Guid PlanId { get; set; }

    public DateOnly Date { get; set; }

    public Guid PractitionerId { get; set; }

    public List<string> Areas { get; set; } = [];

    public required string Technique { get; set; }

    public double? DepthMm { get; set; }

    public string? Anesthetic { get; set; }

    /// <summary>Asepsis checklist items done, e.g. "skin-disinfected", "sterile-single-use-needles".</summary>
    public List<string> Asepsis { get; set; } = [];

    /// <summary>"negative", "positive" or null when not done.</summary>
    public string? SensitivityTest { get; set; }

    public List<string> ImmediateReactions { get; set; } = [];

    /// <summary>Stable codes of what was flagged, e.g. "interval-too-short".</summary>
    public List<string> Flags { get; set; } = [];

    public List<SessionProduct> Products { get; set; } = [];

    public DateTimeOffset ChartedAt { get; set; }

    public long Version { get; set; }
}
