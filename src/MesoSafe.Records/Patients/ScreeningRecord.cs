using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;

namespace MesoSafe.Records.Patients;

/// <summary>One screening run on an intake, kept with its full result and the knowledge-base
/// version that produced it.</summary>
public sealed class ScreeningRecord : Access.IPatientRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid IntakeId { get; set; }

    public Guid PatientId { get; set; }

    public Guid ClinicId { get; set; }

    /// <summary>The planned treatment date the screening was for.</summary>
    public DateOnly PlannedDate { get; set; }

    public Guid? PlanId { get; set; }

    /// <summary>Stored, and sent, as the contract's kebab-case code, e.g. "deferred".</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(KebabCaseEnumConverter<ScreeningDecision>))]
    public required ScreeningDecision Decision { get; set; }

    public string ResultJson { get; set; } = "{}";

    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public System.Text.Json.JsonElement? Result => System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(ResultJson);

    public required string KnowledgeBaseVersion { get; set; }

    public DateTimeOffset ScreenedAt { get; set; }
}
