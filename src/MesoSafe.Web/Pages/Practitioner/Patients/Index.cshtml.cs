using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner.Patients;

public sealed class IndexModel(PatientRecords patients, PageCaller caller) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<MesoSafe.Records.Patients.Patient>? Found { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outcome = await patients.ListAsync(await caller.ScopeAsync(ct), Name, null, new Paging(Math.Max(1, PageNumber), 50), ct);
        Found = outcome.Value;
    }
}
