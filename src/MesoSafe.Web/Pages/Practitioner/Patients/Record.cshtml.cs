using System.Text.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Records;
using MesoSafe.Records.Patients;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner.Patients;

/// <summary>A patient's whole record on one page. A record outside the caller's clinics is a 404.</summary>
public sealed class RecordModel(PatientRecords patients, PageCaller caller) : PageModel
{
    public PatientRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var record = await patients.GetRecordAsync(await caller.ScopeAsync(ct), id, ct);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }

    public static ScreeningResult? Screening(ScreeningRecord record) =>
        JsonSerializer.Deserialize<ScreeningResult>(record.ResultJson, RecordJson.Options);

    public static TriageResult? Triage(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<TriageResult>(json, RecordJson.Options);

    public static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateOnly at) => at.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Words(IEnumerable<string> codes) => string.Join(", ", codes.Select(ClinicalWording.Words));
}
