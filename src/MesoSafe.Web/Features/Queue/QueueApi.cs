using MesoSafe.Records;
using MesoSafe.Records.Aftercare;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Queue;

internal static class QueueApi
{
    public static RouteGroupBuilder MapQueueApi(this RouteGroupBuilder api)
    {
        api.MapGet("/queue", TodayAsync).WithTags("Queue");
        return api;
    }

    private static async Task<IResult> TodayAsync(HttpContext http, MesoSafeDbContext db, AttentionQueue queue, Guid? clinicId)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await queue.TodayAsync(scope, clinicId, http.RequestAborted));
    }
}
