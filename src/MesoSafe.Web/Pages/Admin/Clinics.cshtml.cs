using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>The administrator opens a clinic (and works for it from then on) or renames one of
/// their own, through the same <see cref="ClinicDirectory"/> the clinics API uses (ADR 0409).</summary>
public sealed class ClinicsModel(ClinicDirectory directory, PageCaller caller) : PageModel
{
    private const string OpenPrefix = "Open";
    private const string RenamePrefix = "Rename";

    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];

    public OpenClinicForm Open { get; set; } = new();

    public RenameClinicForm Rename { get; set; } = new();

    /// <summary>What was just done, announced at the top of the page.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        // Two forms on one page: bind and judge only the one that was posted.
        if (await TryUpdateModelAsync(Open, OpenPrefix))
        {
            var outcome = await directory.CreateAsync(await caller.ScopeAsync(ct), Open.Name, ct);
            if (Saved(outcome, OpenPrefix, typeof(OpenClinicForm)))
            {
                Done = "Clinic " + outcome.Value!.Name + " opened; you work for it.";
                return RedirectToPage();
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken ct)
    {
        if (await TryUpdateModelAsync(Rename, RenamePrefix))
        {
            var outcome = await directory.RenameAsync(await caller.ScopeAsync(ct), Rename.ClinicId!.Value, Rename.Name, ct);
            if (Saved(outcome, RenamePrefix, typeof(RenameClinicForm)))
            {
                Done = "Clinic renamed " + outcome.Value!.Name + ".";
                return RedirectToPage();
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private bool Saved(RecordOutcome<Clinic> outcome, string prefix, Type form)
    {
        foreach (var problem in outcome.Problems)
        {
            // "id" (not one of the caller's clinics) belongs to the clinic choice.
            var field = problem.Field == "id" ? nameof(RenameClinicForm.ClinicId) : problem.Field;
            ModelState.AddModelError(RecordFields.Key(prefix, field, form), problem.Kind == ProblemKind.NotFound ? "Choose one of your clinics." : problem.Message);
        }

        return outcome.Succeeded;
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Clinics = await directory.ClinicsAsync(await caller.ScopeAsync(ct), ct);
}
