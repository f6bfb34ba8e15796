using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Readings;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>Today's attention queue: emergencies, then check-ins with words nobody could read (with
/// those words and a form to record what the practitioner read and did), then urgent check-ins,
/// recalls, overdue check-ins and today's sessions (the order the records service gives).</summary>
public sealed class IndexModel(AttentionQueue queue, CheckInReadings readings, PageCaller caller) : PageModel
{
    public IReadOnlyList<AttentionQueueEntry> Entries { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public ReadingForm Reading { get; set; } = new();

    [TempData]
    public string? Recorded { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReadingAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var outcome = await readings.RecordAsync(await caller.ScopeAsync(ct), Reading.CheckInId, new ReadingInput(
                Reading.Action, FormLists.Split(Reading.ReadAs), Reading.Level, Reading.Language, null), ct);
            if (outcome.Succeeded)
            {
                Recorded = "Reading recorded; the check-in left the queue.";
                return RedirectToPage();
            }

            foreach (var problem in outcome.Problems)
            {
                var field = problem.Field switch
                {
                    "action" => "Reading.Action",
                    "level" => "Reading.Level",
                    "language" => "Reading.Language",
                    var f when f.StartsWith("readAs", StringComparison.Ordinal) => "Reading.ReadAs",
                    _ => string.Empty,
                };
                ModelState.AddModelError(field, problem.Message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var outcome = await queue.TodayAsync(await caller.ScopeAsync(ct), null, ct);
        Entries = outcome.Value ?? [];
        Problem = outcome.Succeeded ? null : outcome.Problems[0].Message;
    }

    public static string Label(string reason) => reason switch
    {
        "check-in-emergency" => "Emergency check-in",
        "check-in-unread" => "Unread check-in: read it today",
        "check-in-urgent" => "Urgent check-in",
        "lot-recalled" => "Exposed to a recalled lot",
        "check-in-overdue" => "Check-in overdue",
        "session-today" => "Session today",
        _ => ClinicalWording.Words(reason),
    };

    public static string Badge(string reason) => reason switch
    {
        "check-in-emergency" => "emergency",
        "check-in-urgent" or "check-in-unread" => "urgent",
        "lot-recalled" => "contraindicated",
        "check-in-overdue" => "review",
        _ => "neutral",
    };
}
