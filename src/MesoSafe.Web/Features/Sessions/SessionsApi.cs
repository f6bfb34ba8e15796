using MesoSafe.Records;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Sessions;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Sessions;

internal static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapGet("/", ListAsync).WithName("ListSessions").WithSummary("Lists charted sessions, by patient and dates.").Produces<Page<SessionBody>>();
        sessions.MapPost("/", ChartAsync).WithName("ChartSession").WithSummary("Charts a treatment session with the lots used.").Produces<SessionBody>(StatusCodes.Status201Created);
        sessions.MapGet("/{id:guid}", GetAsync).WithName("GetSession").WithSummary("Gets a charted session.").Produces<SessionBody>();
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, SessionCharting charting,
        Guid? patientId, DateOnly? from, DateOnly? to, string? page, string? pageSize)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await charting.ListAsync(scope, patientId, from, to, paging, http.RequestAborted), RecordResults.PageOf<TreatmentSession, SessionBody>(SessionBody.From));
    }

    private static async Task<IResult> GetAsync(HttpContext http, MesoSafeDbContext db, SessionCharting charting, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Versioned(http, await charting.FindAsync(scope, id, http.RequestAborted), SessionBody.From);
    }

    private static async Task<IResult> ChartAsync(HttpContext http, MesoSafeDbContext db, SessionCharting charting, SessionInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await charting.ChartAsync(scope, input, http.RequestAborted), s => $"/api/v1/sessions/{s.Id}", SessionBody.From);
    }
}
