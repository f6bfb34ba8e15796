using MesoSafe.Records.AdverseEvents;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>One adverse event with its initial report and every follow-up.</summary>
public sealed class EventModel(AdverseEventRegistry registry, PageCaller caller) : PageModel
{
    public AdverseEvent Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await registry.FindAsync(await caller.ScopeAsync(ct), id, ct);
        if (found is null)
        {
            return NotFound();
        }

        Event = found;
        return Page();
    }
}
