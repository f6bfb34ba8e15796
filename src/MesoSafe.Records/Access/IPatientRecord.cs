namespace MesoSafe.Records.Access;

/// <summary>A record that belongs to one patient of one clinic.</summary>
public interface IPatientRecord
{
    Guid PatientId { get; }

    Guid ClinicId { get; }
}
