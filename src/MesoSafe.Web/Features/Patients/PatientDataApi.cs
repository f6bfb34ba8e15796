using MesoSafe.Records;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Privacy;
using MesoSafe.Web.Features.Problems;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Patients;

/// <summary>A patient's data export and the erasure of their identity (issue 11, item 8; ADR 0412).</summary>
internal static class PatientDataApi
{
    public static RouteGroupBuilder MapPatientDataApi(this RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients");
        patients.MapGet("/{id:guid}/export", ExportAsync)
            .WithName("ExportPatient")
            .WithMetadata(new OpenApi.ApiRoles(ClinicRoles.Practitioner, ClinicRoles.Patient))
            .WithSummary("Everything held about one patient, as one JSON document")
            .WithDescription("For a practitioner of the patient's clinic, or the patient. The read is audited. After an erasure it shows the erased identity and the erasure (who, when, why).")
            .Produces<PatientExportBody>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        patients.MapPost("/{id:guid}/erasure", EraseAsync)
            .WithName("ErasePatient")
            .WithMetadata(new OpenApi.ApiRoles(ClinicRoles.Admin))
            .WithSummary("Erase a patient's identity, keeping the pseudonymised clinical and adverse-event record")
            .WithDescription("For an administrator of the patient's clinic, with a reason. Names, contact and the day and month of birth are erased and the patient's sign-in is disabled; sessions, check-ins and adverse events stay under the patient's id (GDPR article 17(3)(c) and (d)).")
            .Accepts<ErasureInput>("application/json")
            .Produces<PatientErasureBody>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, MesoSafeDbContext db, PatientPrivacy privacy, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        var outcome = await privacy.ExportAsync(scope, id, http.RequestAborted);
        return outcome switch
        {
            null => RecordResults.NotFound("id"),
            { Succeeded: false } => Refusal(outcome.Problems),
            _ => TypedResults.Ok(PatientExportBody.From(outcome.Value!)),
        };
    }

    private static async Task<IResult> EraseAsync(HttpContext http, MesoSafeDbContext db, PatientPrivacy privacy, Guid id, ErasureInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        var outcome = await privacy.EraseAsync(scope, id, input, http.RequestAborted);
        return outcome switch
        {
            null => RecordResults.NotFound("id"),
            { Succeeded: false } => Refusal(outcome.Problems),
            _ => TypedResults.Ok(PatientErasureBody.From(outcome.Value!)),
        };
    }

    /// <summary>The caller may see the patient but not do this: 403; anything else as usual.</summary>
    private static IResult Refusal(IReadOnlyList<RecordProblem> problems) =>
        problems[0].Code == RecordProblemCodes.Forbidden
            ? ApiProblem.Create(StatusCodes.Status403Forbidden, "Forbidden.", RecordProblemCodes.Forbidden, problems[0].Message,
                [new ProblemEntry(problems[0].Field, problems[0].Code, problems[0].Message)])
            : RecordResults.Problem(problems);
}
