using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Outcomes;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>An initial adverse-event report as posted.</summary>
public sealed class AdverseEventForm
{
    [Required(ErrorMessage = "Enter what happened (a symptom code or words).")]
    [Display(Name = "Event")]
    public string? EventCode { get; set; }

    [Required(ErrorMessage = "Enter the day it began.")]
    [Display(Name = "Onset")]
    public DateOnly? Onset { get; set; }

    public Guid? SessionId { get; set; }

    public List<string> Seriousness { get; set; } = [];

    [Required(ErrorMessage = "Choose the severity.")]
    [Display(Name = "Severity")]
    public string? Severity { get; set; }

    [Required(ErrorMessage = "Choose the outcome so far.")]
    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    [Required(ErrorMessage = "Choose the causality.")]
    [Display(Name = "Causality (WHO-UMC)")]
    public string? Causality { get; set; }

    public List<Guid> SuspectLotIds { get; set; } = [];

    [StringLength(RecordBounds.NarrativeLength)]
    [Display(Name = "Narrative")]
    public string? Narrative { get; set; }

    public AdverseEventInput ToInput(Guid patientId, IReadOnlyList<Guid> suspectProducts) => new(
        patientId, SessionId, EventCode?.Trim(), Onset, Seriousness, Severity, Outcome, Causality,
        SuspectLotIds, suspectProducts, "practitioner", Narrative, null);
}
