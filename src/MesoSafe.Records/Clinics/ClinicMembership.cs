namespace MesoSafe.Records.Clinics;

/// <summary>A practitioner, safety officer or administrator works for one or more clinics.</summary>
public sealed class ClinicMembership
{
    public Guid UserId { get; set; }

    public Guid ClinicId { get; set; }
}
