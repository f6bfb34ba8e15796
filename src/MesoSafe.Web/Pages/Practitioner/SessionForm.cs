using MesoSafe.Records.Outcomes;
using MesoSafe.Clinical.Json;
using System.ComponentModel.DataAnnotations;
using MesoSafe.Records.Sessions;
using MesoSafe.Web.Pages.Shared;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>One session as charted.</summary>
public sealed class SessionForm
{
    [Required(ErrorMessage = "Enter the date of the session.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    public List<string> Areas { get; set; } = [];

    [Required(ErrorMessage = "Choose the technique.")]
    [Display(Name = "Technique")]
    public string? Technique { get; set; }

    [Range(RequestLimits.MinDepthMm, RequestLimits.MaxDepthMm, ErrorMessage = FormLimits.DepthMessage)]
    [Display(Name = "Depth (mm)")]
    public double? DepthMm { get; set; }

    [Display(Name = "Local anaesthetic")]
    public string? Anesthetic { get; set; }

    public List<string> Asepsis { get; set; } = [];

    [Display(Name = "Sensitivity test")]
    public string? SensitivityTest { get; set; }

    [Display(Name = "Immediate reactions")]
    public string? ImmediateReactions { get; set; }

    public List<ProductLine> Products { get; set; } = [new(), new()];

    public SessionInput ToInput(Guid patientId, Guid planId) => new(
        patientId, planId, Date, Areas, Technique, DepthMm,
        string.IsNullOrWhiteSpace(Anesthetic) ? null : Anesthetic, Asepsis,
        string.IsNullOrWhiteSpace(SensitivityTest) ? null : SensitivityTest,
        FormLists.Split(ImmediateReactions),
        [.. Products.Where(p => p.LotId is not null).Select(p => new SessionProductInput(p.LotId, p.VolumeMl))]);

    public sealed class ProductLine
    {
        [Display(Name = "Lot")]
        public Guid? LotId { get; set; }

        [Range(RecordLimits.MinVolumeMl, RecordLimits.MaxVolumeMl, ErrorMessage = "Enter a volume between {1} and {2} ml.")]
        [Display(Name = "Volume (ml)")]
        public double? VolumeMl { get; set; }
    }
}
