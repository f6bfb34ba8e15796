namespace MesoSafe.Records.AdverseEvents;

/// <summary>One version of an adverse event: never changed once written.</summary>
public sealed class AdverseEventReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AdverseEventId { get; set; }

    public int Number { get; set; }

    public required string EventCode { get; set; }

    public DateOnly Onset { get; set; }

    /// <summary>ICH E2A criteria met: death, life-threatening, hospitalisation, disability,
    /// congenital-anomaly, other-medically-important. Empty = not serious.</summary>
    public List<string> Seriousness { get; set; } = [];

    /// <summary>mild, moderate, severe.</summary>
    public required string Severity { get; set; }

    /// <summary>recovered, recovering, not-recovered, recovered-with-sequelae, fatal, unknown.</summary>
    public required string Outcome { get; set; }

    /// <summary>WHO-UMC: certain, probable, possible, unlikely, conditional, unassessable.</summary>
    public required string Causality { get; set; }

    public List<Guid> SuspectLotIds { get; set; } = [];

    public List<Guid> SuspectProductIds { get; set; } = [];

    /// <summary>practitioner, patient, safety-officer, other.</summary>
    public required string ReporterType { get; set; }

    public Guid? ReportedBy { get; set; }

    public string? Narrative { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
