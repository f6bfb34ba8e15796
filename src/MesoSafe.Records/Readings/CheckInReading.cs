namespace MesoSafe.Records.Readings;

/// <summary>What a practitioner read in a check-in the system could not read, and what they did.
/// Kept beside the check-in: its text and triage are never overwritten (ADR 0404). Append-only;
/// several practitioners may each record their own reading of the same check-in.</summary>
public sealed class CheckInReading : Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CheckInId { get; set; }

    public Guid ClinicId { get; set; }

    public Guid PatientId { get; set; }

    /// <summary>The practitioner's user id.</summary>
    public Guid PractitionerId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The words that were read, one phrase an entry (by default the check-in's unread words).</summary>
    public List<string> Words { get; set; } = [];

    /// <summary>BCP 47 tag of the words' language when known ("en", "de", "tr").</summary>
    public string? Language { get; set; }

    /// <summary>Knowledge-base codes the practitioner read the words as ("lip-swelling"); may be empty.</summary>
    public List<string> ReadAs { get; set; } = [];

    /// <summary>Kebab-case triage level the practitioner gave it, when they gave one.</summary>
    public string? Level { get; set; }

    /// <summary>What they read and did: "read as lip swelling: emergency; patient called 14:05".</summary>
    public required string Action { get; set; }

    /// <summary>The knowledge-base version that could not read the words (from the check-in's triage).</summary>
    public required string KnowledgeBase { get; set; }
}
