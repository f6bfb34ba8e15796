using System.ComponentModel.DataAnnotations;
using MesoSafe.Clinical.Screening;
using MesoSafe.Web.Pages.Shared;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>The new-patient intake as posted; lists are typed one per line or comma-separated.</summary>
public sealed class IntakeForm
{
    [Required(ErrorMessage = "Enter the patient's given name.")]
    [StringLength(100)]
    [Display(Name = "Given name")]
    public string? GivenName { get; set; }

    [Required(ErrorMessage = "Enter the patient's family name.")]
    [StringLength(100)]
    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "Email (for the patient's own sign-in)")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
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

    [Display(Name = "Indication")]
    public string? Indication { get; set; }

    [Display(Name = "Areas")]
    public List<string> Areas { get; set; } = [];

    [Display(Name = "Substances in the mixture")]
    public string? Substances { get; set; }

    [Display(Name = "Local anaesthetic")]
    public string? Anesthetic { get; set; }

    [Display(Name = "Technique")]
    public string? Technique { get; set; }

    [Range(0.1, 13.0, ErrorMessage = "Enter a depth between 0.1 and 13 mm.")]
    [Display(Name = "Depth (mm)")]
    public double? DepthMm { get; set; }

    [Range(1, 50, ErrorMessage = "Enter between 1 and 50 sessions.")]
    [Display(Name = "Number of sessions")]
    public int? Sessions { get; set; }

    [Range(1, 365, ErrorMessage = "Enter an interval between 1 and 365 days.")]
    [Display(Name = "Days between sessions")]
    public int? IntervalDays { get; set; }

    /// <summary>The plan part is complete enough to be saved as a plan.</summary>
    public bool HasPlan => !string.IsNullOrWhiteSpace(Indication) && !string.IsNullOrWhiteSpace(Technique)
        && Areas.Count > 0 && FormLists.Split(Substances).Count > 0;

    [Display(Name = "Other procedures the same day")]
    public string? CombinedWith { get; set; }

    /// <summary>The engine request; missing dates fall back to <paramref name="today"/> so a half-filled
    /// form can still be screened as it is typed.</summary>
    public ScreeningRequest ToRequest(DateOnly today) => new()
    {
        Date = TreatmentDate ?? today,
        Patient = new PatientDetails
        {
            BirthDate = BirthDate,
            Sex = string.IsNullOrWhiteSpace(Sex) ? null : Sex,
            PreviousMesotherapy = PreviousMesotherapy,
        },
        Conditions = FormLists.Split(Conditions),
        Allergies = FormLists.Split(Allergies),
        Medications = FormLists.Split(Medications),
        Habits = new Habits { Smoker = Smoker, Alcohol = Alcohol },
        Plan = new PlannedTreatment
        {
            Indication = string.IsNullOrWhiteSpace(Indication) ? null : Indication.Trim(),
            Areas = Areas.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList(),
            Substances = FormLists.Split(Substances),
            Anesthetic = string.IsNullOrWhiteSpace(Anesthetic) ? null : Anesthetic.Trim(),
            Technique = string.IsNullOrWhiteSpace(Technique) ? null : Technique.Trim(),
            DepthMm = DepthMm,
            CombinedWith = FormLists.Split(CombinedWith),
            Sessions = Sessions,
            IntervalDays = IntervalDays,
        },
    };
}
