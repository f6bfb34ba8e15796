using System.ComponentModel.DataAnnotations;
using MesoSafe.Clinical.Json;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Web.Pages.Shared;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>The new-patient intake as posted; lists are typed one per line or comma-separated.</summary>
public sealed class IntakeForm
{
    [Required(ErrorMessage = "Enter the patient's given name.")]
    [StringLength(RecordBounds.NameLength)]
    [Display(Name = "Given name")]
    public string? GivenName { get; set; }

    [Required(ErrorMessage = "Enter the patient's family name.")]
    [StringLength(RecordBounds.NameLength)]
    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "Email (for the patient's own sign-in)")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(RecordBounds.EmailLength)]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter the date of birth.")]
    [Display(Name = "Date of birth")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "Sex")]
    public string? Sex { get; set; }

    [Display(Name = "Has had mesotherapy before")]
    public bool PreviousMesotherapy { get; set; }

    [Required(ErrorMessage = "Enter the planned treatment date.")]
    [Display(Name = "Planned treatment date")]
    public DateOnly? TreatmentDate { get; set; }

    [Display(Name = "Medical conditions")]
    public string? Conditions { get; set; }

    [Display(Name = "Allergies")]
    public string? Allergies { get; set; }

    [Display(Name = "Current medications and supplements")]
    public string? Medications { get; set; }

    public bool Smoker { get; set; }

    public bool Alcohol { get; set; }

    [Required(ErrorMessage = "Choose the indication.")]
    [Display(Name = "Indication")]
    public string? Indication { get; set; }

    [Display(Name = "Areas")]
    public List<string> Areas { get; set; } = [];

    [Required(ErrorMessage = "Enter at least one substance.")]
    [Display(Name = "Substances in the mixture")]
    public string? Substances { get; set; }

    [Display(Name = "Local anaesthetic")]
    public string? Anesthetic { get; set; }

    [Required(ErrorMessage = "Choose the technique.")]
    [Display(Name = "Technique")]
    public string? Technique { get; set; }

    [Range(RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm, ErrorMessage = FormLimits.DepthMessage)]
    [Display(Name = "Depth (mm)")]
    public double? DepthMm { get; set; }

    [Required(ErrorMessage = "Enter the number of sessions planned.")]
    [Range(RecordLimits.MinSessions, RecordLimits.MaxSessions, ErrorMessage = "Enter between {1} and {2} sessions.")]
    [Display(Name = "Number of sessions")]
    public int? Sessions { get; set; }

    [Required(ErrorMessage = "Enter the days between sessions.")]
    [Range(RecordLimits.MinIntervalDays, RecordLimits.MaxIntervalDays, ErrorMessage = "Enter an interval between {1} and {2} days.")]
    [Display(Name = "Days between sessions")]
    public int? IntervalDays { get; set; }

    [Display(Name = "Other procedures the same day")]
    public string? CombinedWith { get; set; }

    public PatientInput ToPatientInput(Guid? clinicId) =>
        new(clinicId, GivenName, FamilyName, BirthDate, string.IsNullOrWhiteSpace(Sex) ? null : Sex, Email, null, null, null);

    /// <summary>The history with its plan and planned date: what is saved, and (through the same
    /// draft and mapper) what is screened as the form is typed. A missing date falls back to
    /// <paramref name="today"/> for the preview only; saving requires it.</summary>
    public IntakeInput ToIntakeInput(DateOnly today) => new(
        FormLists.Split(Conditions), FormLists.Split(Allergies), FormLists.Split(Medications),
        Smoker, Alcohol, PreviousMesotherapy,
        TreatmentDate ?? today,
        null,
        new PlanInput(null, Indication, Areas.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList(), FormLists.Split(Substances),
            Technique, DepthMm, string.IsNullOrWhiteSpace(Anesthetic) ? null : Anesthetic, Sessions, IntervalDays, null,
            FormLists.Split(CombinedWith)));
}
