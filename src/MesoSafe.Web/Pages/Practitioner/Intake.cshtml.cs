using MesoSafe.Clinical.Screening;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Practitioner;

/// <summary>New-patient intake: screened on every change (small fetch to the Screen handler)
/// and on submit, where the patient, the history, the plan and the screening are saved.
/// Without JavaScript the form works the same, screening on submit.</summary>
public sealed class IntakeModel(
    ScreeningEngine screening,
    PatientRecords patients,
    TreatmentPlans plans,
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

        if (Form.HasPlan && Form.Sessions is null)
        {
            ModelState.AddModelError("Form.Sessions", "Enter the number of sessions planned.");
        }

        if (Form.HasPlan && Form.IntervalDays is null)
        {
            ModelState.AddModelError("Form.IntervalDays", "Enter the days between sessions.");
        }

        Screen();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var scope = await caller.ScopeAsync(ct);
        var patient = await patients.RegisterAsync(scope, new PatientInput(
            scope.ClinicIds.Count > 0 ? scope.ClinicIds[0] : null, Form.GivenName, Form.FamilyName, Form.BirthDate, Form.Sex, Form.Email, null, null, null), ct);
        if (!Accept(patient, "Form"))
        {
            return Page();
        }

        var patientId = patient.Value!.Id;
        var intake = await patients.AddIntakeAsync(scope, patientId, new IntakeInput(
            FormLists.Split(Form.Conditions), FormLists.Split(Form.Allergies), FormLists.Split(Form.Medications),
            Form.Smoker, Form.Alcohol, Form.PreviousMesotherapy), ct);
        if (!Accept(intake, "Form"))
        {
            return Page();
        }

        Guid? planId = null;
        if (Form.HasPlan)
        {
            var plan = await plans.CreateAsync(scope, new PlanInput(patientId, Form.Indication, Form.Areas, FormLists.Split(Form.Substances),
                Form.Technique, Form.DepthMm, string.IsNullOrWhiteSpace(Form.Anesthetic) ? null : Form.Anesthetic, Form.Sessions, Form.IntervalDays, null), ct);
            if (Accept(plan, "Form"))
            {
                planId = plan.Value!.Id;
            }
        }

        await patients.ScreenAsync(scope, intake.Value!.Id, new ScreeningInput(Form.TreatmentDate, planId), ct);
        return Redirect("/Practitioner/Patients/" + patientId.ToString());
    }

    /// <summary>Progressive enhancement: the result panel alone, re-rendered as the form is filled.</summary>
    public IActionResult OnPostScreen()
    {
        Screen();
        return Partial("_IntakeScreening", this);
    }

    private bool Accept<T>(RecordOutcome<T> outcome, string prefix)
    {
        foreach (var problem in outcome.Problems)
        {
            ModelState.AddModelError(RecordFields.Key(prefix, problem.Field, typeof(IntakeForm)), problem.Message);
        }

        return outcome.Succeeded;
    }

    private void Screen()
    {
        try
        {
            Result = screening.Evaluate(Form.ToRequest(Today));
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotImplementedException or InvalidDataException)
        {
            logger.LogWarning(exception, "Screening failed for the intake form");
            ScreeningError = "Screening could not run on this form: " + exception.Message;
        }
    }
}
