using MesoSafe.Records;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Readings;
using MesoSafe.Web.Features.OpenApi;
using MesoSafe.Web.Features.Problems;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.CheckIns;

internal static class CheckInsApi
{
    public static RouteGroupBuilder MapCheckInsApi(this RouteGroupBuilder api)
    {
        var checkIns = api.MapGroup("/check-ins").WithTags("Check-ins");
        checkIns.MapGet("/", ListAsync).WithName("ListCheckIns").WithSummary("Lists check-ins, by patient and whether submitted.").Produces<Page<CheckInBody>>();
        checkIns.MapPost("/", SubmitAsync).WithName("CreateCheckIn").WithSummary("Submits a patient's check-in after a session; it is triaged at once.").Produces<CheckInBody>(StatusCodes.Status201Created);
        checkIns.MapGet("/{id:guid}", GetAsync).WithName("GetCheckIn").WithSummary("Gets a check-in.").Produces<CheckInBody>();
        checkIns.MapGet("/{id:guid}/readings", ReadingsAsync).WithName("ListReadings").WithSummary("Lists the practitioners' readings of a check-in (staff of its clinic).").Produces<List<ReadingBody>>()
            .WithMetadata(new ApiRoles(ClinicRoles.Practitioner, ClinicRoles.SafetyOfficer, ClinicRoles.Admin));
        checkIns.MapPost("/{id:guid}/readings", RecordReadingAsync).WithName("RecordReading").WithSummary("Records a practitioner's reading of a check-in and resolves its queue item.").Produces<ReadingBody>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, MesoSafe.Records.Aftercare.CheckIns checkIns,
        Guid? patientId, bool? submitted, string? page, string? pageSize)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await checkIns.ListAsync(scope, patientId, submitted, paging, http.RequestAborted), RecordResults.PageOf<CheckIn, CheckInBody>(CheckInBody.From));
    }

    private static async Task<IResult> GetAsync(HttpContext http, MesoSafeDbContext db, MesoSafe.Records.Aftercare.CheckIns checkIns, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        var found = await checkIns.FindAsync(scope, id, http.RequestAborted);
        return found is null ? RecordResults.NotFound("id") : TypedResults.Ok(CheckInBody.From(found));
    }

    private static async Task<IResult> ReadingsAsync(HttpContext http, MesoSafeDbContext db, CheckInReadings readings, MesoSafe.Records.Aftercare.CheckIns checkIns, Guid id)
    {
        // Readings are the clinic's working notes: staff of the check-in's clinic only.
        var scope = await CallerScopes.ForAsync(http, db);
        if (!scope.IsStaff || await checkIns.FindAsync(scope, id, http.RequestAborted) is null)
        {
            return RecordResults.NotFound("id");
        }

        return TypedResults.Ok((await readings.ForCheckInAsync(scope, id, http.RequestAborted)).Select(ReadingBody.From).ToList());
    }

    /// <summary>A practitioner records what they read in a check-in and what they did; the check-in
    /// itself is left as it was, and its queue item is resolved.</summary>
    private static async Task<IResult> RecordReadingAsync(HttpContext http, MesoSafeDbContext db, CheckInReadings readings, Guid id, ReadingInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        if (!scope.IsPractitioner)
        {
            return ApiProblem.Create(
                StatusCodes.Status403Forbidden, "Forbidden.", ApiProblemCodes.PractitionerOnly, "Only a practitioner records a reading of a check-in.");
        }

        return RecordResults.Created(await readings.RecordAsync(scope, id, input, http.RequestAborted), r => $"/api/v1/check-ins/{id}/readings/{r.Id}", ReadingBody.From);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, MesoSafeDbContext db, MesoSafe.Records.Aftercare.CheckIns checkIns, CheckInInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await checkIns.SubmitAsync(scope, input, http.RequestAborted), c => $"/api/v1/check-ins/{c.Id}", CheckInBody.From);
    }
}
