namespace MesoSafe.Records.Aftercare;

/// <summary>A scheduled (or unscheduled) report from the patient after a session.</summary>
public sealed class CheckIn : IVersioned, Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SessionId { get; set; }

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    /// <summary>Days after the session it is due (1, 3, 7, 14, 30, 90); null when unscheduled.</summary>
    public int? DayAfterSession { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateOnly? ReportedOn { get; set; }

    /// <summary>Concurrency token: filling a scheduled slot is <c>UPDATE ... WHERE Version = n</c>,
    /// so two reports racing for one slot cannot both fill it.</summary>
    public long Version { get; set; }

    public string? RequestJson { get; set; }

    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public System.Text.Json.JsonElement? Request => RequestJson is null ? null : System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(RequestJson);

    /// <summary>Kebab-case triage level once submitted.</summary>
    public string? TriageLevel { get; set; }

    public string? ResultJson { get; set; }

    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public System.Text.Json.JsonElement? Result => ResultJson is null ? null : System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(ResultJson);

    /// <summary>The answer given to the patient when the check-in is sent (not stored: rebuilt from
    /// the result and the clinic's record). Null when read back later.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public PatientAnswer? Answer { get; set; }
}
