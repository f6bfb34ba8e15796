namespace MesoSafe.Records.Aftercare;

/// <summary>Something a clinic must act on: an urgent check-in, a patient exposed to a recalled lot.</summary>
public sealed class AttentionItem : IVersioned, Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    /// <summary>Stable code: "check-in-emergency", "check-in-unread", "check-in-urgent", "lot-recalled".</summary>
    public required string Reason { get; set; }

    /// <summary>Lower sorts first (0 emergency, 1 urgent, 2 recall).</summary>
    public int Priority { get; set; }

    public Guid? CheckInId { get; set; }

    /// <summary>True when the check-in has words nobody could read: it sorts first within its priority.</summary>
    public bool Unread { get; set; }

    /// <summary>The words not read, one item an entry ("'zorblat' in "zorblat on my cheek""), shown in the queue.</summary>
    public List<string> UnreadWords { get; set; } = [];

    public Guid? SessionId { get; set; }

    public Guid? LotId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>Who marked the item as dealt with; null while open, and when reading the check-in
    /// closed it.</summary>
    public Guid? ResolvedBy { get; set; }

    /// <summary>Concurrency token (ADR 0406): resolving is <c>UPDATE ... WHERE Version = n</c>, so of
    /// two people resolving at once one is told the other did.</summary>
    public long Version { get; set; }
}
