using MesoSafe.Records;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Patients;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Patients;

internal static class PatientsApi
{
    public static RouteGroupBuilder MapPatientsApi(this RouteGroupBuilder api)
    {
        var patients = api.MapGroup("/patients").WithTags("Patients");
        patients.MapGet("/", ListAsync).WithName("ListPatients").WithSummary("Lists the patients of the caller's clinics, by name.").Produces<Page<PatientBody>>();
        patients.MapPost("/", RegisterAsync).WithName("RegisterPatient").WithSummary("Registers a patient in one of the caller's clinics.").Produces<PatientBody>(StatusCodes.Status201Created);
        patients.MapGet("/{id:guid}", GetAsync).WithName("GetPatient").WithSummary("Gets a patient's record: details, intakes, plans, sessions, check-ins and adverse events.").Produces<PatientRecordBody>();
        patients.MapPut("/{id:guid}", UpdateAsync).WithName("UpdatePatient").WithSummary("Corrects a patient's details (send the version read, or If-Match).").Produces<PatientBody>();
        patients.MapPost("/{id:guid}/intakes", AddIntakeAsync).WithName("RecordIntake").WithSummary("Records an intake, optionally with a plan and its screening, in one transaction.").Produces<IntakeRecordedBody>(StatusCodes.Status201Created);
        api.MapPost("/intakes/{id:guid}/screenings", ScreenAsync).WithTags("Patients").WithName("ScreenIntake").WithSummary("Screens an intake for a planned treatment and stores the result.").Produces<ScreeningBody>(StatusCodes.Status201Created);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, PatientRecords records,
        string? name, Guid? clinicId, string? page, string? pageSize)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await records.ListAsync(scope, name, clinicId, paging, http.RequestAborted), RecordResults.PageOf<Patient, PatientBody>(PatientBody.From));
    }

    private static async Task<IResult> GetAsync(HttpContext http, MesoSafeDbContext db, PatientRecords records, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        var record = await records.GetRecordAsync(scope, id, http.RequestAborted);
        if (record is null)
        {
            return RecordResults.NotFound("id");
        }

        http.Response.Headers.ETag = RecordResults.ETag(record.Patient.Version);
        return TypedResults.Ok(PatientRecordBody.From(record));
    }

    private static async Task<IResult> RegisterAsync(HttpContext http, MesoSafeDbContext db, PatientRecords records, PatientInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await records.RegisterAsync(scope, input, http.RequestAborted), p => $"/api/v1/patients/{p.Id}", PatientBody.From);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, MesoSafeDbContext db, PatientRecords records, Guid id, PatientInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        input = input with { Version = RecordResults.ExpectedVersion(http, input.Version) };
        var outcome = await records.UpdateAsync(scope, id, input, http.RequestAborted);
        if (outcome.Succeeded)
        {
            http.Response.Headers.ETag = RecordResults.ETag(outcome.Value!.Version);
        }

        return RecordResults.Ok(outcome, PatientBody.From);
    }

    /// <summary>201 with the intake's fields as before, plus <c>plan</c> and <c>screening</c> (null when
    /// the body asked for neither), all saved in one transaction.</summary>
    private static async Task<IResult> AddIntakeAsync(HttpContext http, MesoSafeDbContext db, PatientRecords records, Guid id, IntakeInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        var outcome = await records.RecordIntakeAsync(scope, id, input, http.RequestAborted);
        if (!outcome.Succeeded)
        {
            return RecordResults.Problem(outcome.Problems);
        }

        var saved = outcome.Value!;
        return TypedResults.Created($"/api/v1/patients/{saved.Intake.PatientId}", IntakeRecordedBody.From(saved));
    }

    private static async Task<IResult> ScreenAsync(HttpContext http, MesoSafeDbContext db, PatientRecords records, Guid id, ScreeningInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await records.ScreenAsync(scope, id, input, http.RequestAborted), s => $"/api/v1/patients/{s.PatientId}", ScreeningBody.From);
    }
}
