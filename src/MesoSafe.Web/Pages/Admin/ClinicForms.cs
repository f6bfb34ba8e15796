using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.Outcomes;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>A clinic to open, as posted by an administrator.</summary>
public sealed class OpenClinicForm
{
    [Required(ErrorMessage = "Enter the new clinic's name.")]
    [StringLength(RecordBounds.ClinicNameLength, ErrorMessage = "A clinic's name is at most {1} characters.")]
    [Display(Name = "Name of the new clinic")]
    public string? Name { get; set; }
}

/// <summary>One of the administrator's clinics and its new name.</summary>
public sealed class RenameClinicForm
{
    [Required(ErrorMessage = "Choose the clinic to rename.")]
    [Display(Name = "Clinic to rename")]
    public Guid? ClinicId { get; set; }

    [Required(ErrorMessage = "Enter the clinic's new name.")]
    [StringLength(RecordBounds.ClinicNameLength, ErrorMessage = "A clinic's name is at most {1} characters.")]
    [Display(Name = "New name")]
    public string? Name { get; set; }
}
