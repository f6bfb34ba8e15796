using MesoSafe.Records;
using MesoSafe.Records.Aftercare;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Queue;

internal static class QueueApi
{
    public static RouteGroupBuilder MapQueueApi(this RouteGroupBuilder api)
    {
        api.MapGet("/queue", TodayAsync).WithTags("Queue").WithName("ListQueue").WithSummary("Lists today's attention queue of the caller's clinics.").Produces<List<AttentionQueueEntry>>();
        api.MapPost("/queue/{id:guid}/resolve", ResolveAsync).WithTags("Queue").WithName("ResolveQueueItem").WithSummary("Marks a queue item as dealt with.").Produces<AttentionItemBody>();
        return api;
    }

    private static async Task<IResult> TodayAsync(HttpContext http, MesoSafeDbContext db, AttentionQueue queue, Guid? clinicId)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await queue.TodayAsync(scope, clinicId, http.RequestAborted));
    }

    private static async Task<IResult> ResolveAsync(HttpContext http, MesoSafeDbContext db, AttentionQueue queue, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await queue.ResolveAsync(scope, id, http.RequestAborted), AttentionItemBody.From);
    }
}
