using MesoSafe.Records.Clinics;

namespace MesoSafe.Records.Patients;

public sealed class Patient : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ClinicId { get; set; }

    public Clinic? Clinic { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Sex { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>The patient's own sign-in, when they have one.</summary>
    public Guid? UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}
