using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Sessions;

namespace MesoSafe.Records.Patients;

/// <summary>A patient's full record, as a practitioner (or the patient) reads it.</summary>
public sealed record PatientRecord(
    Patient Patient,
    IReadOnlyList<Intake> Intakes,
    IReadOnlyList<ScreeningRecord> Screenings,
    IReadOnlyList<TreatmentPlan> Plans,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<TreatmentSession> Sessions,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<AdverseEvent> AdverseEvents);
