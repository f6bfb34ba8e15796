using MesoSafe.Records.Patients;
using MesoSafe.Web.Pages.Shared;

namespace MesoSafe.Web.Pages.Patient;

/// <summary>The signed-in patient's own record (a patient sign-in is linked to one record).</summary>
public sealed class MyRecord(PatientRecords patients, PageCaller caller)
{
    public async Task<PatientRecord?> LoadAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        return scope.OwnPatientIds.Count == 0 ? null : await patients.GetRecordAsync(scope, scope.OwnPatientIds[0], ct);
    }
}
