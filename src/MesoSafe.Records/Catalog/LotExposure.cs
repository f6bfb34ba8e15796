namespace MesoSafe.Records.Catalog;

/// <summary>A session in which a recalled lot was used, and its patient.</summary>
public sealed record LotExposure(Guid SessionId, DateOnly Date, Guid PatientId, Guid ClinicId);

/// <summary>The answer to a recall: the lot and everyone exposed to it.</summary>
public sealed record LotRecall(Lot Lot, IReadOnlyList<Guid> Patients, IReadOnlyList<LotExposure> Exposures);

/// <summary>A patient exposed to a recalled lot and the dates of their sessions with it; no name
/// when the patient is not the caller's to see.</summary>
public sealed record ExposedPatient(Guid PatientId, string? Name, IReadOnlyList<DateOnly> Sessions);
