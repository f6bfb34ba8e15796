using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>Reporting an adverse event for a patient: coded event, onset, seriousness (ICH E2A),
/// severity, outcome, causality (WHO-UMC), suspect lots.</summary>
public sealed class AdverseEventModel(PatientRecords patients, AdverseEventRegistry registry, ProductCatalog catalog, PageCaller caller, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PatientId { get; set; }

    [BindProperty]
    public AdverseEventForm Form { get; set; } = new();

    public PatientRecord Record { get; private set; } = null!;

    public IReadOnlyList<Lot> Lots { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form.Onset ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form.SessionId ??= Record.Sessions.OrderByDescending(s => s.Date).FirstOrDefault()?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var products = Lots.Where(l => Form.SuspectLotIds.Contains(l.Id)).Select(l => l.ProductId).Distinct().ToList();
        var outcome = await registry.ReportAsync(await caller.ScopeAsync(ct), Form.ToInput(PatientId, products), ct);
        foreach (var problem in outcome.Problems)
        {
            ModelState.AddModelError(RecordFields.Key("Form", problem.Field, typeof(AdverseEventForm)), problem.Message);
        }

        return outcome.Succeeded ? Redirect("/Practitioner/Patients/" + PatientId.ToString()) : Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var record = await patients.GetRecordAsync(await caller.ScopeAsync(ct), PatientId, ct);
        if (record is null)
        {
            return false;
        }

        Record = record;
        Lots = (await catalog.ListLotsAsync(null, null, new Paging(1, Paging.MaxPageSize), ct)).Value?.Items ?? [];
        return true;
    }
}
