using MesoSafe.Clinical.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>New-patient intake: screened on every change (small fetch to the Screen handler)
/// and again on submit, so it works the same without JavaScript.</summary>
public sealed class IntakeModel(ScreeningEngine screening, TimeProvider clock, ILogger<IntakeModel> logger) : PageModel
{
    [BindProperty]
    public IntakeForm Form { get; set; } = new();

    public ScreeningResult? Result { get; private set; }

    public string? ScreeningError { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public void OnGet() => Form.TreatmentDate ??= Today;

    public IActionResult OnPost()
    {
        if (Form.BirthDate is { } birth && birth > Today)
        {
            ModelState.AddModelError("Form.BirthDate", "The date of birth cannot be in the future.");
        }

        if (Form.Areas.Count == 0)
        {
            ModelState.AddModelError("Form.Areas", "Choose at least one area to treat.");
        }

        Screen();
        return Page();
    }

    /// <summary>Progressive enhancement: the result panel alone, re-rendered as the form is filled.</summary>
    public IActionResult OnPostScreen()
    {
        Screen();
        return Partial("_IntakeScreening", this);
    }

    private void Screen()
    {
        try
        {
            Result = screening.Evaluate(Form.ToRequest(Today));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotImplementedException or InvalidDataException)
        {
            logger.LogWarning(exception, "Screening failed for the intake form");
            ScreeningError = "Screening could not run on this form: " + exception.Message;
        }
    }
}
