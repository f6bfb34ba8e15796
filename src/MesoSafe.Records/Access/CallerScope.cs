using MesoSafe.Records.Clinics;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Access;

/// <summary>What the caller may see: the records of their clinics (staff) or their own (patient).</summary>
public sealed record CallerScope(Guid UserId, IReadOnlySet<string> Roles, IReadOnlyList<Guid> ClinicIds, IReadOnlyList<Guid> OwnPatientIds)
{
    public bool IsStaff => Roles.Contains(ClinicRoles.Practitioner) || Roles.Contains(ClinicRoles.SafetyOfficer) || Roles.Contains(ClinicRoles.Admin);

    public bool IsPractitioner => Roles.Contains(ClinicRoles.Practitioner);

    public bool IsAdmin => Roles.Contains(ClinicRoles.Admin);

    public bool IsSafetyOfficer => Roles.Contains(ClinicRoles.SafetyOfficer);

    public bool IsPatient => Roles.Contains(ClinicRoles.Patient);

    /// <summary>Staff see their clinics; everyone sees the patient records linked to their sign-in.</summary>
    public bool CanSee(Guid clinicId, Guid patientId) =>
        (IsStaff && ClinicIds.Contains(clinicId)) || OwnPatientIds.Contains(patientId);

    public static async Task<CallerScope> LoadAsync(MesoSafeDbContext db, Guid userId, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var clinics = await db.ClinicMemberships.Where(m => m.UserId == userId).Select(m => m.ClinicId).ToListAsync(cancellationToken);
        var patients = await db.Patients.Where(p => p.UserId == userId).Select(p => p.Id).ToListAsync(cancellationToken);
        return new CallerScope(userId, roles.ToHashSet(StringComparer.Ordinal), clinics, patients);
    }
}
