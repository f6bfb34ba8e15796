using MesoSafe.Records.Outcomes;
using MesoSafe.Clinical.Json;
using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.Plans;
using MesoSafe.Web.Pages.Shared;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>A treatment plan as posted by the plan form.</summary>
public sealed class PlanForm
{
    [Required(ErrorMessage = "Choose the indication.")]
    [Display(Name = "Indication")]
    public string? Indication { get; set; }

    [Display(Name = "Areas")]
    public List<string> Areas { get; set; } = [];

    [Required(ErrorMessage = "Enter at least one substance.")]
    [Display(Name = "Substances in the mixture")]
    public string? Substances { get; set; }

    [Required(ErrorMessage = "Choose the technique.")]
    [Display(Name = "Technique")]
    public string? Technique { get; set; }

    [Range(RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm, ErrorMessage = FormLimits.DepthMessage)]
    [Display(Name = "Depth (mm)")]
    public double? DepthMm { get; set; }

    [Display(Name = "Local anaesthetic")]
    public string? Anesthetic { get; set; }

    [Required(ErrorMessage = "Enter the number of sessions.")]
    [Range(RecordLimits.MinSessions, RecordLimits.MaxSessions, ErrorMessage = "Enter between {1} and {2} sessions.")]
    [Display(Name = "Number of sessions")]
    public int? Sessions { get; set; }

    [Required(ErrorMessage = "Enter the days between sessions.")]
    [Range(RecordLimits.MinIntervalDays, RecordLimits.MaxIntervalDays, ErrorMessage = "Enter an interval between {1} and {2} days.")]
    [Display(Name = "Days between sessions")]
    public int? IntervalDays { get; set; }

    [Display(Name = "Other procedures the same day")]
    public string? CombinedWith { get; set; }

    public long? Version { get; set; }

    public static PlanForm From(TreatmentPlan plan) => new()
    {
        Indication = plan.Indication,
        Areas = [.. plan.Areas],
        Substances = string.Join(", ", plan.Substances),
        Technique = plan.Technique,
        DepthMm = plan.DepthMm,
        Anesthetic = plan.Anesthetic,
        Sessions = plan.Sessions,
        IntervalDays = plan.IntervalDays,
        CombinedWith = string.Join(", ", plan.CombinedWith),
        Version = plan.Version,
    };

    public PlanInput ToInput(Guid patientId) => new(
        patientId, Indication, Areas, FormLists.Split(Substances), Technique, DepthMm,
        string.IsNullOrWhiteSpace(Anesthetic) ? null : Anesthetic, Sessions, IntervalDays, Version, FormLists.Split(CombinedWith));

    /// <summary>An unsaved plan, only to ask the catalogue which risks the consent will list.</summary>
    public TreatmentPlan Preview() => new()
    {
        Indication = Indication ?? "",
        Technique = Technique ?? "",
        Areas = [.. Areas],
        Substances = [.. FormLists.Split(Substances)],
    };
}
