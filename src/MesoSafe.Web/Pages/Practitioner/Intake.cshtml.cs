using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>New-patient intake: screened on every change (small fetch to the Screen handler)
/// and on submit, where the patient, the history, the plan and the screening are saved in one
/// transaction, or nothing is and the form says why. The screening shown is built by the same draft
/// and mapper as the one stored. Without JavaScript the form works the same, screening on submit.</summary>
public sealed class IntakeModel(
    ScreeningEngine screening,
    PatientRecords patients,
    PageCaller caller,
    TimeProvider clock,
    ILogger<IntakeModel> logger) : PageModel
{
    [BindProperty]
    public IntakeForm Form { get; set; } = new();

    public ScreeningResult? Result { get; private set; }

    public string? ScreeningError { get; private set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public void OnGet() => Form.TreatmentDate ??= Today;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Form.BirthDate is { } birth && birth > Today)
        {
            ModelState.AddModelError("Form.BirthDate", "The date of birth cannot be in the future.");
        }

        if (Form.Areas.Count == 0)
        {
            ModelState.AddModelError("Form.Areas", "Choose at least one area to treat.");
        }

        var scope = await caller.ScopeAsync(ct);
        var patient = Form.ToPatientInput(scope.ClinicIds.Count > 0 ? scope.ClinicIds[0] : null);
        Screen(patient);
        if (ScreeningError is not null)
        {
            ModelState.AddModelError(string.Empty, ScreeningError + " Nothing was saved.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await patients.RegisterWithIntakeAsync(scope, patient, Form.ToIntakeInput(Today), ct);
        foreach (var problem in saved.Problems)
        {
            ModelState.AddModelError(RecordFields.Key("Form", FormField(problem.Field), typeof(IntakeForm)), problem.Message);
        }

        return saved.Succeeded ? Redirect("/Practitioner/Patients/" + saved.Value!.Patient.Id.ToString()) : Page();
    }

    /// <summary>Progressive enhancement: the result panel alone, re-rendered as the form is filled.</summary>
    public IActionResult OnPostScreen()
    {
        Screen(Form.ToPatientInput(null));
        return Partial("_IntakeScreening", this);
    }

    /// <summary>The records service names the plan's fields "plan.depthMm" and the date "plannedDate";
    /// the form has them as DepthMm and TreatmentDate.</summary>
    private static string FormField(string field) =>
        field == "plannedDate" ? "treatmentDate"
        : field.StartsWith("plan.", StringComparison.Ordinal) ? field["plan.".Length..]
        : field;

    private void Screen(PatientInput patient)
    {
        try
        {
            var draft = PatientRecords.Draft(patient, Form.ToIntakeInput(Today), clock.GetUtcNow());
            Result = screening.Evaluate(draft.Request(Form.TreatmentDate ?? Today));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotImplementedException or InvalidDataException)
        {
            logger.LogWarning(exception, "Screening failed for the intake form");
            ScreeningError = "Screening could not run on this form: " + exception.Message;
        }
    }
}
