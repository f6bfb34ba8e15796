using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Features.AdverseEvents;
using MesoSafe.Web.Features.Audit;
using MesoSafe.Web.Features.Auth;
using MesoSafe.Web.Features.CheckIns;
using MesoSafe.Web.Features.Clinics;
using MesoSafe.Web.Features.Lots;
using MesoSafe.Web.Features.Patients;
using MesoSafe.Web.Features.Plans;
using MesoSafe.Web.Features.Queue;
using MesoSafe.Web.Features.Sessions;
using MesoSafe.Web.Features.Users;

namespace MesoSafe.Web.Features.Records;

/// <summary>Every record resource under /api/v1; all need a signed-in caller.</summary>
internal static class RecordsApi
{
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        app.MapAuthApi();
        // Every records body fits in RecordBounds.MaxRequestBytes; a larger one is 413 before it is read.
        var api = app.MapGroup("/api/v1").RequireAuthorization()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(RecordBounds.MaxRequestBytes));
        api.MapPatientsApi();
        api.MapPatientDataApi();
        api.MapPlansApi();
        api.MapSessionsApi();
        api.MapCheckInsApi();
        api.MapQueueApi();
        api.MapLotsApi();
        api.MapAdverseEventsApi();
        api.MapAuditApi();
        api.MapUsersApi();
        api.MapClinicsApi();
        return app;
    }
}
