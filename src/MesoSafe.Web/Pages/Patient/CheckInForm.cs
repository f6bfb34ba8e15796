using System.ComponentModel.DataAnnotations;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Triage;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Pages.Shared;

namespace MesoSafe.Web.Pages.Patient;

/// <summary>A patient's check-in as posted: picked symptoms, their own words, severity and onset.</summary>
public sealed class CheckInForm
{
    [Display(Name = "Symptoms")]
    public List<string> Symptoms { get; set; } = [];

    [StringLength(RecordBounds.CheckInTextLength)]
    [Display(Name = "Or describe it in your own words")]
    public string? Description { get; set; }

    [Display(Name = "How bad is it?")]
    public SymptomSeverity Severity { get; set; } = SymptomSeverity.Mild;

    [Required(ErrorMessage = "Enter the day it started.")]
    [Display(Name = "When did it start?")]
    public DateOnly? StartedOn { get; set; }

    [Display(Name = "It is spreading")]
    public bool Spreading { get; set; }

    [Display(Name = "It is getting worse")]
    public bool Worsening { get; set; }

    [Range(RequestLimits.MinTemperatureC, RequestLimits.MaxTemperatureC, ErrorMessage = FormLimits.TemperatureMessage)]
    [Display(Name = "Temperature (°C), if you measured it")]
    public double? TemperatureC { get; set; }

    public bool HasSomething => Symptoms.Count > 0 || !string.IsNullOrWhiteSpace(Description);

    public TriageRequest ToRequest(SessionSummary session, DateOnly today)
    {
        var started = StartedOn ?? today;
        var startedDays = Math.Max(0, started.DayNumber - session.Date.DayNumber);
        var typed = FormLists.Split(Description);
        var symptoms = Symptoms.Concat(typed)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(code => new ReportedSymptom
            {
                Code = code,
                Severity = Severity,
                StartedDaysAfterSession = startedDays,
                Spreading = Spreading,
                Worsening = Worsening,
            })
            .ToList();
        return new TriageRequest
        {
            SessionDate = session.Date,
            ReportedOn = today < session.Date ? session.Date : today,
            Areas = session.Areas,
            Substances = session.Substances,
            TemperatureC = TemperatureC,
            Symptoms = symptoms,
            Text = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        };
    }
}
