using System.Text.Json;
using MesoSafe.Clinical.Triage;
using MesoSafe.Records;
using MesoSafe.Records.Aftercare;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Patient;

/// <summary>The patient's check-in: saved and triaged by the records service (which puts urgent and
/// emergency answers on the clinic's queue) and answered on the same page; an emergency answer
/// takes the whole width of the screen.</summary>
public sealed class CheckInModel(MyRecord mine, CheckIns checkIns, PageCaller caller, TimeProvider clock) : PageModel
{
    [BindProperty]
    public CheckInForm Form { get; set; } = new();

    public SessionSummary? Session { get; private set; }

    public Guid? SessionId { get; private set; }

    public TriageResult? Result { get; private set; }

    /// <summary>What the patient is told, in order (emergency signs, the words not read, the clinic's call and number, aftercare).</summary>
    public PatientAnswer? Answer { get; private set; }

    public string? TriageError { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await FindLastSessionAsync(ct);
        Form.StartedOn ??= Today;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await FindLastSessionAsync(ct);
        if (!Form.HasSomething)
        {
            ModelState.AddModelError("Form.Symptoms", "Pick at least one symptom or describe what you notice.");
        }

        if (Form.StartedOn is { } started && started > Today)
        {
            ModelState.AddModelError("Form.StartedOn", "The day it started cannot be in the future.");
        }

        if (Session is not null && Form.StartedOn is { } began && began < Session.Date)
        {
            ModelState.AddModelError("Form.StartedOn", "Enter a day on or after your session.");
        }

        if (SessionId is null)
        {
            TriageError = "We found no session to check in about. If you feel unwell, call the clinic; in an emergency call your local emergency number.";
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = Form.ToRequest(Session!, Today);
        var outcome = await checkIns.SubmitAsync(await caller.ScopeAsync(ct), new CheckInInput(
            SessionId, request.ReportedOn, request.TemperatureC,
            [.. request.Symptoms.Select(s => new SymptomInput(s.Code, RecordJson.Code(s.Severity), s.StartedDaysAfterSession, s.Spreading, s.Worsening))],
            request.Text), ct);
        if (!outcome.Succeeded)
        {
            foreach (var problem in outcome.Problems)
            {
                ModelState.AddModelError(string.Empty, problem.Message);
            }

            return Page();
        }

        Result = outcome.Value!.ResultJson is { } json ? JsonSerializer.Deserialize<TriageResult>(json, RecordJson.Options) : null;
        Answer = outcome.Value.Answer;
        return Page();
    }

    private async Task FindLastSessionAsync(CancellationToken ct)
    {
        var record = await mine.LoadAsync(ct);
        var last = record?.Sessions.OrderByDescending(s => s.Date).FirstOrDefault(s => s.Date <= Today);
        if (last is null || record is null)
        {
            return;
        }

        SessionId = last.Id;
        var plan = record.Plans.FirstOrDefault(p => p.Id == last.PlanId);
        Session = new SessionSummary(last.Date, last.Areas, plan?.Substances ?? []);
    }
}
