namespace MesoSafe.Records.Patients;

/// <summary>A medical history taken on one day; screenings run on it.</summary>
public sealed class Intake : Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid? RecordedBy { get; set; }

    public List<string> Conditions { get; set; } = [];

    public List<string> Allergies { get; set; } = [];

    public List<string> Medications { get; set; } = [];

    public bool Smoker { get; set; }

    public bool Alcohol { get; set; }

    public bool? PreviousMesotherapy { get; set; }
}
