namespace MesoSafe.Records.Clinics;

/// <summary>One practice; every clinical record belongs to exactly one clinic.</summary>
public sealed class Clinic
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The number a patient calls; given in the answer to a check-in the clinic must read today.</summary>
    public string? Telephone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
