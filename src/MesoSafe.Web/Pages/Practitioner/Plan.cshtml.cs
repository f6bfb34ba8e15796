using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>New or changed plan, with the risks its consent will list (updated as the plan changes).
/// Saving re-screens the latest history against the plan.</summary>
public sealed class PlanModel(PatientRecords patients, TreatmentPlans plans, PlanRiskCatalog risks, PageCaller caller, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PatientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PlanId { get; set; }

    [BindProperty]
    public PlanForm Form { get; set; } = new();

    public MesoSafe.Records.Patients.Patient Patient { get; private set; } = null!;

    public IReadOnlyList<PlanRisk> Risks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var patient = await patients.FindAsync(scope, PatientId, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Patient = patient;
        if (PlanId is { } id)
        {
            var plan = await plans.FindAsync(scope, id, ct);
            if (plan is null || plan.PatientId != PatientId)
            {
                return NotFound();
            }

            Form = PlanForm.From(plan);
        }

        Risks = risks.RisksFor(Form.Preview());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var patient = await patients.FindAsync(scope, PatientId, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Patient = patient;
        Risks = risks.RisksFor(Form.Preview());
        if (Form.Areas.Count == 0)
        {
            ModelState.AddModelError("Form.Areas", "Choose at least one area.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = PlanId is { } id
            ? await plans.UpdateAsync(scope, id, Form.ToInput(PatientId), ct)
            : await plans.CreateAsync(scope, Form.ToInput(PatientId), ct);
        foreach (var problem in outcome.Problems)
        {
            ModelState.AddModelError(RecordFields.Key("Form", problem.Field, typeof(PlanForm)), problem.Message);
        }

        if (!outcome.Succeeded)
        {
            return Page();
        }

        var record = await patients.GetRecordAsync(scope, PatientId, ct);
        if (record?.Intakes.Count > 0)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            await patients.ScreenAsync(scope, record.Intakes[^1].Id, new ScreeningInput(today, outcome.Value!.Id), ct);
        }

        return Redirect("/Practitioner/Patients/" + PatientId.ToString());
    }

    /// <summary>Progressive enhancement: the risk list alone, as the plan changes.</summary>
    public IActionResult OnPostRisks()
    {
        Risks = risks.RisksFor(Form.Preview());
        return Partial("_PlanRisks", this);
    }
}
