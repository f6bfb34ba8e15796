namespace MesoSafe.Records.Clinics;

/// <summary>One practice; every clinical record belongs to exactly one clinic.</summary>
public sealed class Clinic
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>The number a patient calls; given in the answer to a check-in the clinic must read today.</summary>
    public string? Telephone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When set, an administrator of this clinic signs in with a second factor (an
    /// authenticator app); one without it is sent to set one up before anything else (ADR 0411).</summary>
    public bool RequireAdminTwoFactor { get; set; }
}
