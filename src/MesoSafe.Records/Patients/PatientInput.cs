namespace MesoSafe.Records.Patients;

/// <summary>The fields a practitioner sends to register or correct a patient.</summary>
public sealed record PatientInput(
    Guid? ClinicId,
    string? GivenName,
    string? FamilyName,
    DateOnly? BirthDate,
    string? Sex,
    string? Email,
    string? Phone,
    Guid? UserId,
    long? Version);
