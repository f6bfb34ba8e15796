namespace MesoSafe.Records.Clinics;

/// <summary>One practice; every clinical record belongs to exactly one clinic.</summary>
public sealed class Clinic
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
