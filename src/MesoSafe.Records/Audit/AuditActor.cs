namespace MesoSafe.Records.Audit;

/// <summary>The caller of the current unit of work, set by the host (the web request, the seeder).</summary>
public sealed class AuditActor
{
    public Guid? UserId { get; set; }

    public string? IpAddress { get; set; }
}
