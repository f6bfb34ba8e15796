using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Outcomes;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>A follow-up report as posted: the whole case as now known, starting from the latest
/// version. <see cref="Version"/> is the version the officer read, so a follow-up recorded
/// meanwhile is refused instead of overwritten.</summary>
public sealed class FollowUpForm
{
    [Required(ErrorMessage = "Enter what happened (a symptom code).")]
    [Display(Name = "Event")]
    public string? EventCode { get; set; }

    [Required(ErrorMessage = "Enter the day it began.")]
    [Display(Name = "Onset")]
    public DateOnly? Onset { get; set; }

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

    [StringLength(RecordBounds.NarrativeLength)]
    [Display(Name = "What is new")]
    public string? Narrative { get; set; }

    public long? Version { get; set; }

    public static FollowUpForm From(AdverseEvent adverseEvent)
    {
        var latest = adverseEvent.Reports.MaxBy(r => r.Number)!;
        return new FollowUpForm
        {
            EventCode = latest.EventCode,
            Onset = latest.Onset,
            Seriousness = [.. latest.Seriousness],
            Severity = latest.Severity,
            Outcome = latest.Outcome,
            Causality = latest.Causality,
            Version = adverseEvent.Version,
        };
    }

    /// <summary>The suspects carry over from the latest version.</summary>
    public AdverseEventInput ToInput(AdverseEvent adverseEvent)
    {
        var latest = adverseEvent.Reports.MaxBy(r => r.Number)!;
        return new(adverseEvent.PatientId, adverseEvent.SessionId, EventCode?.Trim(), Onset, Seriousness, Severity, Outcome, Causality,
            latest.SuspectLotIds, latest.SuspectProductIds, "safety-officer", Narrative, Version);
    }
}
