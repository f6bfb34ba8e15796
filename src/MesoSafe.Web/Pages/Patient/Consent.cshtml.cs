using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Patient;

/// <summary>The printable consent for the current revision of my latest plan, which I accept here.</summary>
public sealed class ConsentModel(MyRecord mine, TreatmentPlans plans, PageCaller caller) : PageModel
{
    public PatientRecord? Record { get; private set; }

    public TreatmentPlan? Plan { get; private set; }

    public ConsentForm? Form { get; private set; }

    [BindProperty]
    public int PlanRevision { get; set; }

    [BindProperty]
    public bool Understood { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Plan is null)
        {
            return NotFound();
        }

        if (!Understood)
        {
            ModelState.AddModelError(nameof(Understood), "Tick the box to say you have read and understood the risks.");
            return Page();
        }

        var outcome = await plans.AcceptAsync(await caller.ScopeAsync(ct), Plan.Id, PlanRevision, ct);
        foreach (var problem in outcome.Problems)
        {
            ModelState.AddModelError(string.Empty, problem.Message);
        }

        if (!outcome.Succeeded)
        {
            return Page();
        }

        return Redirect("/Patient/Consent");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Record = await mine.LoadAsync(ct);
        Plan = Record?.Plans.OrderByDescending(p => p.CreatedAt).FirstOrDefault();
        if (Plan is not null)
        {
            Form = await plans.ConsentFormAsync(await caller.ScopeAsync(ct), Plan.Id, ct);
        }
    }
}
