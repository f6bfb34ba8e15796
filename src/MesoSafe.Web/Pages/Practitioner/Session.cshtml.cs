using MesoSafe.Records.Catalog;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Sessions;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>Charting a session. The records service refuses an expired or recalled lot (and a
/// missing consent or sensitivity test) with the reason, and flags a short interval or a depth
/// out of range; the page shows each next to its field.</summary>
public sealed class SessionModel(
    PatientRecords patients, TreatmentPlans plans, SessionCharting charting, ProductCatalog catalog, PageCaller caller, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PatientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid PlanId { get; set; }

    [BindProperty]
    public SessionForm Form { get; set; } = new();

    public MesoSafe.Records.Patients.Patient Patient { get; private set; } = null!;

    public TreatmentPlan Plan { get; private set; } = null!;

    public IReadOnlyList<(Lot Lot, string Product)> Lots { get; private set; } = [];

    public IReadOnlyList<RecordProblem> Refusals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.Date ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form.Areas = [.. Plan.Areas];
        Form.Technique = Plan.Technique;
        Form.DepthMm = Plan.DepthMm;
        Form.Anesthetic = Plan.Anesthetic;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (Form.Areas.Count == 0)
        {
            ModelState.AddModelError("Form.Areas", "Choose at least one area.");
        }

        if (Form.Products.All(p => p.LotId is null))
        {
            ModelState.AddModelError("Form.Products[0].LotId", "Choose the lot of each product injected.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await charting.ChartAsync(await caller.ScopeAsync(ct), Form.ToInput(PatientId, PlanId), ct);
        if (outcome.Succeeded)
        {
            return Redirect("/Practitioner/Patients/" + PatientId.ToString() + "?charted=" + outcome.Value!.Id.ToString());
        }

        Refusals = outcome.Problems;
        foreach (var problem in outcome.Problems)
        {
            ModelState.AddModelError(FieldKey(problem.Field), problem.Message);
        }

        return Page();
    }

    /// <summary>"products[1].lotId" → "Form.Products[1].LotId"; unknown fields go to the summary.</summary>
    private static string FieldKey(string field)
    {
        if (field.StartsWith("products[", StringComparison.Ordinal))
        {
            return "Form.Products" + field["products".Length..].Replace(".lotId", ".LotId", StringComparison.Ordinal).Replace(".volumeMl", ".VolumeMl", StringComparison.Ordinal);
        }

        return RecordFields.Key("Form", field, typeof(SessionForm));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var patient = await patients.FindAsync(scope, PatientId, ct);
        var plan = await plans.FindAsync(scope, PlanId, ct);
        if (patient is null || plan is null || plan.PatientId != patient.Id)
        {
            return false;
        }

        Patient = patient;
        Plan = plan;
        var products = (await catalog.ListProductsAsync(new Paging(1, Paging.MaxPageSize), ct)).Value?.Items ?? [];
        var names = products.ToDictionary(p => p.Id, p => p.Name);
        var lots = (await catalog.ListLotsAsync(null, null, new Paging(1, Paging.MaxPageSize), ct)).Value?.Items ?? [];
        Lots = [.. lots.Select(l => (l, names.GetValueOrDefault(l.ProductId, "product"))).OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.l.LotNumber, StringComparer.Ordinal)];
        return true;
    }
}
