namespace MesoSafe.Records.Audit;

/// <summary>Who read or changed which record, when and from where. Append-only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>read, create, update, delete.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public Guid? PatientId { get; set; }
}
