using System.ComponentModel.DataAnnotations;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>A practitioner's reading of a check-in nobody could read, as posted from the queue.</summary>
public sealed class ReadingForm
{
    public Guid CheckInId { get; set; }

    [StringLength(2000)]
    [Display(Name = "What you read and did")]
    public string? Action { get; set; }

    [Display(Name = "Read as (codes, comma-separated)")]
    public string? ReadAs { get; set; }

    [Display(Name = "Level you gave it")]
    public string? Level { get; set; }

    [StringLength(35)]
    [Display(Name = "Language (e.g. en, de, tr)")]
    public string? Language { get; set; }
}
