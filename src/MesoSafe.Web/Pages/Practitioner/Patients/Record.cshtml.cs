using System.Text.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Records;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Readings;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner.Patients;

/// <summary>A patient's whole record on one page. A record outside the caller's clinics is a 404.</summary>
public sealed class RecordModel(PatientRecords patients, CheckInReadings readings, PageCaller caller) : PageModel
{
    public PatientRecord Record { get; private set; } = null!;

    /// <summary>Practitioners' readings of this patient's check-ins, kept beside them (ADR 0404).</summary>
    public ILookup<Guid, CheckInReading> Readings { get; private set; } = Array.Empty<CheckInReading>().ToLookup(r => r.CheckInId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var record = await patients.GetRecordAsync(scope, id, ct);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        Readings = (await readings.ForPatientAsync(scope, id, ct)).ToLookup(r => r.CheckInId);
        return Page();
    }

    /// <summary>The stored result, or null when it cannot be read (an older or partial form):
    /// the page then shows the stored decision code alone rather than failing.</summary>
    public static ScreeningResult? Screening(ScreeningRecord record) => Read<ScreeningResult>(record.ResultJson);

    public static TriageResult? Triage(string? json) => Read<TriageResult>(json);

    private static T? Read<T>(string? json)
        where T : class
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, RecordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateOnly at) => at.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Words(IEnumerable<string> codes) => string.Join(", ", codes.Select(ClinicalWording.Words));
}
