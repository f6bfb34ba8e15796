namespace MesoSafe.Records.Plans;

/// <summary>The patient's acceptance of the risks of one revision of a plan.</summary>
public sealed class Consent : Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public int PlanRevision { get; set; }

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    /// <summary>The risk codes shown to the patient (the knowledge base's consent risks).</summary>
    public List<string> Risks { get; set; } = [];

    public DateTimeOffset AcceptedAt { get; set; }

    public Guid? AcceptedBy { get; set; }
}
