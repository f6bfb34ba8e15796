using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.Outcomes;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>A new staff account as posted by an administrator (patients get their account from
/// their clinic's record, through the API).</summary>
public sealed class UserForm
{
    [Required(ErrorMessage = "Enter the person's e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address, such as name@clinic.example.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(RecordBounds.DisplayNameLength)]
    [Display(Name = "Name")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Enter a first password for the account.")]
    [Display(Name = "First password")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Choose the role.")]
    [Display(Name = "Role")]
    public string? Role { get; set; }

    public List<Guid> ClinicIds { get; set; } = [];
}
