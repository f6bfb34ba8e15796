using MesoSafe.Records;
using MesoSafe.Records.Aftercare;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.CheckIns;

internal static class CheckInsApi
{
    public static RouteGroupBuilder MapCheckInsApi(this RouteGroupBuilder api)
    {
        var checkIns = api.MapGroup("/check-ins").WithTags("Check-ins");
        checkIns.MapGet("/", ListAsync);
        checkIns.MapPost("/", SubmitAsync);
        checkIns.MapGet("/{id:guid}", GetAsync);
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
        return RecordResults.Ok(await checkIns.ListAsync(scope, patientId, submitted, paging, http.RequestAborted));
    }

    private static async Task<IResult> GetAsync(HttpContext http, MesoSafeDbContext db, MesoSafe.Records.Aftercare.CheckIns checkIns, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        var found = await checkIns.FindAsync(scope, id, http.RequestAborted);
        return found is null ? RecordResults.NotFound("id") : TypedResults.Ok(found);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, MesoSafeDbContext db, MesoSafe.Records.Aftercare.CheckIns checkIns, CheckInInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await checkIns.SubmitAsync(scope, input, http.RequestAborted), c => $"/api/v1/check-ins/{c.Id}");
    }
}
