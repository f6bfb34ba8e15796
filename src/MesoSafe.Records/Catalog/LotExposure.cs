namespace MesoSafe.Records.Catalog;

/// <summary>A session in which a recalled lot was used, and its patient.</summary>
public sealed record LotExposure(Guid SessionId, DateOnly Date, Guid PatientId, Guid ClinicId);

/// <summary>The answer to a recall as the caller may read it: the lot, the exposed patients and
/// sessions of the caller's clinics, and how many of other clinics (their ids stay there; every one
/// of them is queued in its own clinic all the same, ADR 0409).</summary>
public sealed record LotRecall(
    Lot Lot, IReadOnlyList<Guid> Patients, IReadOnlyList<LotExposure> Exposures, int OtherClinicsPatients = 0, int OtherClinicsSessions = 0)
{
    /// <summary>Keeps the exposures the caller may see and counts the others.</summary>
    public static LotRecall Of(Lot lot, IReadOnlyList<LotExposure> exposures, Access.CallerScope scope)
    {
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(scope);
        var seen = exposures.Where(e => scope.CanSee(e.ClinicId, e.PatientId)).ToList();
        var others = exposures.Where(e => !scope.CanSee(e.ClinicId, e.PatientId)).ToList();
        return new LotRecall(lot, [.. seen.Select(e => e.PatientId).Distinct()], seen, others.Select(e => e.PatientId).Distinct().Count(), others.Count);
    }
}

/// <summary>A patient exposed to a recalled lot and the dates of their sessions with it; no name
/// when the patient is not the caller's to see.</summary>
public sealed record ExposedPatient(Guid PatientId, string? Name, IReadOnlyList<DateOnly> Sessions);
