using Microsoft.AspNetCore.Identity;

namespace MesoSafe.Records.Clinics;

/// <summary>A person who signs in: practitioner, patient, safety officer or administrator.</summary>
public sealed class ClinicUser : IdentityUser<Guid>
{
    public ClinicUser() => Id = Guid.CreateVersion7();

    public string? DisplayName { get; set; }

    public List<ClinicMembership> Memberships { get; } = [];
}
