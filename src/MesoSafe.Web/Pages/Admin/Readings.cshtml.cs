using System.Text;
using MesoSafe.Records.Readings;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>What practitioners read in check-ins the knowledge base could not read, counted per
/// knowledge-base version, and a draft of candidate synonyms to download (never applied by itself).</summary>
public sealed class ReadingsModel(CheckInReadings readings, PageCaller caller, TimeProvider clock) : PageModel
{
    public IReadOnlyList<IGrouping<string, ReadingCount>> Versions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await readings.TallyAsync(await caller.ScopeAsync(ct), ct);
        Versions = [.. counts.GroupBy(c => c.KnowledgeBase)];
    }

    /// <summary>GET /Admin/Readings?handler=Draft: the draft JSON of candidate synonyms.</summary>
    public async Task<IActionResult> OnGetDraftAsync(CancellationToken ct)
    {
        var counts = await readings.TallyAsync(await caller.ScopeAsync(ct), ct);
        var json = ReadingDraft.From(counts, clock.GetUtcNow()).ToJson();
        return File(Encoding.UTF8.GetBytes(json), "application/json", "reading-draft.json");
    }
}
