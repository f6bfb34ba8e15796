using MesoSafe.Records.Patients;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Patient;

public sealed class HistoryModel(MyRecord mine) : PageModel
{
    public PatientRecord? Record { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Record = await mine.LoadAsync(ct);
}
