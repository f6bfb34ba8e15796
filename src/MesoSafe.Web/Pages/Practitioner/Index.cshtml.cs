using MesoSafe.Records.Aftercare;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>Today's attention queue: emergency and urgent check-ins first, then recalls,
/// overdue check-ins and today's sessions (the order the records service gives).</summary>
public sealed class IndexModel(AttentionQueue queue, PageCaller caller) : PageModel
{
    public IReadOnlyList<AttentionQueueEntry> Entries { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outcome = await queue.TodayAsync(await caller.ScopeAsync(ct), null, ct);
        Entries = outcome.Value ?? [];
        Problem = outcome.Succeeded ? null : outcome.Problems[0].Message;
    }

    public static string Label(string reason) => reason switch
    {
        "check-in-emergency" => "Emergency check-in",
        "check-in-urgent" => "Urgent check-in",
        "lot-recalled" => "Exposed to a recalled lot",
        "check-in-overdue" => "Check-in overdue",
        "session-today" => "Session today",
        _ => ClinicalWording.Words(reason),
    };

    public static string Badge(string reason) => reason switch
    {
        "check-in-emergency" => "emergency",
        "check-in-urgent" => "urgent",
        "lot-recalled" => "contraindicated",
        "check-in-overdue" => "review",
        _ => "neutral",
    };
}
