using MesoSafe.Records.Plans;

namespace MesoSafe.Records.Patients;

/// <summary>What one intake saved: the intake, the plan it was screened against (new or saved) and
/// the screening, all stored together or not at all.</summary>
public sealed record IntakeRecorded(Patient Patient, Intake Intake, TreatmentPlan? Plan, ScreeningRecord? Screening);
