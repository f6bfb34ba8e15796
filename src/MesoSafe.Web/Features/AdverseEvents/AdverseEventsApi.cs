using MesoSafe.Records;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.AdverseEvents;

internal static class AdverseEventsApi
{
    public static RouteGroupBuilder MapAdverseEventsApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/adverse-events").WithTags("Adverse events");
        events.MapGet("/", ListAsync).WithName("ListAdverseEvents").WithSummary("Lists adverse events, by patient, event code and seriousness.").Produces<Page<AdverseEventBody>>();
        events.MapPost("/", ReportAsync).WithName("ReportAdverseEvent").WithSummary("Reports an adverse event (its first report).").Produces<AdverseEventBody>(StatusCodes.Status201Created);
        events.MapGet("/{id:guid}", GetAsync).WithName("GetAdverseEvent").WithSummary("Gets an adverse event with all its reports (its version in the ETag).").Produces<AdverseEventBody>();
        events.MapPost("/{id:guid}/follow-ups", FollowUpAsync).WithName("FollowUpAdverseEvent").WithSummary("Adds a follow-up report to an adverse event (send the version read, or If-Match).").Produces<AdverseEventBody>(StatusCodes.Status201Created);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, AdverseEventRegistry registry,
        Guid? patientId, string? eventCode, bool? serious, string? page, string? pageSize)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await registry.ListAsync(scope, patientId, eventCode, serious, paging, http.RequestAborted), RecordResults.PageOf<AdverseEvent, AdverseEventBody>(AdverseEventBody.From));
    }

    private static async Task<IResult> GetAsync(HttpContext http, MesoSafeDbContext db, AdverseEventRegistry registry, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Versioned(http, await registry.FindAsync(scope, id, http.RequestAborted), AdverseEventBody.From);
    }

    private static async Task<IResult> ReportAsync(HttpContext http, MesoSafeDbContext db, AdverseEventRegistry registry, AdverseEventInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await registry.ReportAsync(scope, input, http.RequestAborted), a => $"/api/v1/adverse-events/{a.Id}", AdverseEventBody.From);
    }

    private static async Task<IResult> FollowUpAsync(HttpContext http, MesoSafeDbContext db, AdverseEventRegistry registry, Guid id, AdverseEventInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        input = input with { Version = RecordResults.ExpectedVersion(http, input.Version) };
        return RecordResults.Created(await registry.FollowUpAsync(scope, id, input, http.RequestAborted), a => $"/api/v1/adverse-events/{a.Id}", AdverseEventBody.From);
    }
}
