using MesoSafe.Records.AdverseEvents;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>One adverse event with its initial report and every follow-up, and the form that
/// appends a follow-up (earlier versions are never changed).</summary>
public sealed class EventModel(AdverseEventRegistry registry, PageCaller caller) : PageModel
{
    public AdverseEvent Event { get; private set; } = null!;

    [BindProperty]
    public FollowUpForm Form { get; set; } = new();

    [TempData]
    public string? Recorded { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = FollowUpForm.From(Event);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await registry.FollowUpAsync(await caller.ScopeAsync(ct), id, Form.ToInput(Event), ct);
        foreach (var problem in outcome.Problems)
        {
            ModelState.AddModelError(problem.Field == "version" ? string.Empty : RecordFields.Key("Form", problem.Field, typeof(FollowUpForm)), problem.Message);
        }

        if (!outcome.Succeeded)
        {
            return Page();
        }

        Recorded = "Follow-up " + (outcome.Value!.Version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " recorded.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await registry.FindAsync(await caller.ScopeAsync(ct), id, ct);
        if (found is null)
        {
            return false;
        }

        Event = found;
        return true;
    }
}
