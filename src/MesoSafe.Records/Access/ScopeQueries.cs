using MesoSafe.Records.Patients;

namespace MesoSafe.Records.Access;

/// <summary>Filters every query to what the caller may see; anything else is "not found".</summary>
public static class ScopeQueries
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> query, CallerScope scope)
        where T : class, IPatientRecord
    {
        var clinics = scope.IsStaff ? scope.ClinicIds.ToList() : [];
        var own = scope.OwnPatientIds.ToList();
        return query.Where(r => clinics.Contains(r.ClinicId) || own.Contains(r.PatientId));
    }

    public static IQueryable<Patient> VisibleTo(this IQueryable<Patient> query, CallerScope scope)
    {
        var clinics = scope.IsStaff ? scope.ClinicIds.ToList() : [];
        var own = scope.OwnPatientIds.ToList();
        return query.Where(p => clinics.Contains(p.ClinicId) || own.Contains(p.Id));
    }
}
