using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Outcomes;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>A new lot of a product as posted by an administrator.</summary>
public sealed class LotForm
{
    [Required(ErrorMessage = "Choose the product (and so the manufacturer) of the lot.")]
    [Display(Name = "Product and manufacturer")]
    public Guid? ProductId { get; set; }

    // The number printed on the vial: letters, digits and - . / only, so that a lot can be read back over the phone.
    [Required(ErrorMessage = "Enter the lot number printed on the package.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9./-]{0,34}$", ErrorMessage = "A lot number is 1 to 35 letters, digits, '-', '.' or '/', starting with a letter or digit.")]
    [StringLength(RecordBounds.LotNumberLength)]
    [Display(Name = "Lot number")]
    public string? LotNumber { get; set; }

    [Required(ErrorMessage = "Enter the expiry date (yyyy-mm-dd).")]
    [Display(Name = "Expiry")]
    public DateOnly? Expiry { get; set; }

    public LotInput ToInput() => new(ProductId, LotNumber?.Trim(), Expiry);
}
