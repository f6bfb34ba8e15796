using MesoSafe.Records.Access;

namespace MesoSafe.Records.Privacy;

/// <summary>Who erased a patient's identity, when and why (GDPR article 17; ADR 0412). One per
/// patient: an erased identity cannot be erased again.</summary>
public sealed class PatientErasure : IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    public DateTimeOffset ErasedAt { get; set; }

    public Guid ErasedBy { get; set; }

    public required string Reason { get; set; }

    /// <summary>The sign-in account that was disabled, if the patient had one.</summary>
    public Guid? AccountId { get; set; }
}
