namespace MesoSafe.Records.Patients;

public sealed record IntakeInput(
    IReadOnlyList<string>? Conditions,
    IReadOnlyList<string>? Allergies,
    IReadOnlyList<string>? Medications,
    bool? Smoker,
    bool? Alcohol,
    bool? PreviousMesotherapy);
