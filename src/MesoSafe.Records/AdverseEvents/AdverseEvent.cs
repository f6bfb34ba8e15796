namespace MesoSafe.Records.AdverseEvents;

/// <summary>A case in the registry. Its content lives in append-only
/// <see cref="AdverseEventReport"/> versions: the initial report and every follow-up.</summary>
public sealed class AdverseEvent : IVersioned, Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    public Guid? SessionId { get; set; }

    /// <summary>The event code of the latest version, kept here for filters.</summary>
    public required string EventCode { get; set; }

    public bool Serious { get; set; }

    public DateOnly Onset { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Number of the latest report (1 = initial).</summary>
    public long Version { get; set; }

    public List<AdverseEventReport> Reports { get; set; } = [];
}
