using MesoSafe.Clinical.Triage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Patient;

/// <summary>The patient's check-in: triaged on submit and answered on the same page;
/// an emergency answer takes the whole width of the screen.</summary>
public sealed class CheckInModel(TriageEngine triage, TimeProvider clock, ILogger<CheckInModel> logger) : PageModel
{
    [BindProperty]
    public CheckInForm Form { get; set; } = new();

    public SessionSummary? Session { get; private set; }

    public TriageResult? Result { get; private set; }

    public string? TriageError { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync()
    {
        Session = await FindLastSessionAsync();
        Form.StartedOn ??= Today;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Session = await FindLastSessionAsync();
        if (!Form.HasSomething)
        {
            ModelState.AddModelError("Form.Symptoms", "Pick at least one symptom or describe what you notice.");
        }

        if (Form.StartedOn is { } started && started > Today)
        {
            ModelState.AddModelError("Form.StartedOn", "The day it started cannot be in the future.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Result = triage.Evaluate(Form.ToRequest(Session ?? new SessionSummary(Today, [], []), Today));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotImplementedException)
        {
            logger.LogWarning(exception, "Triage failed for a check-in");
            TriageError = "We could not assess this check-in. If you feel unwell, call the clinic; in an emergency call your local emergency number.";
        }

        return Page();
    }

    private Task<SessionSummary?> FindLastSessionAsync() => Task.FromResult<SessionSummary?>(null);
}
