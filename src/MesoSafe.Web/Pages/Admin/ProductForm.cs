using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Pages.Shared;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>A new product as posted by an administrator.</summary>
public sealed class ProductForm
{
    [Required(ErrorMessage = "Enter the product's name.")]
    [StringLength(RecordBounds.ProductNameLength)]
    [Display(Name = "Product name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the manufacturer.")]
    [StringLength(RecordBounds.ProductNameLength)]
    [Display(Name = "Manufacturer")]
    public string? Manufacturer { get; set; }

    [Display(Name = "Substances (knowledge-base codes, comma-separated)")]
    public string? Substances { get; set; }

    public ProductInput ToInput() => new(Name, Manufacturer, FormLists.Split(Substances));
}
