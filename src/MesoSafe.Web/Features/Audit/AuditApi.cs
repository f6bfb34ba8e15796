using MesoSafe.Records;
using MesoSafe.Records.Access;
using MesoSafe.Records.Audit;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Features.OpenApi;
using MesoSafe.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Features.Audit;

/// <summary>The audit trail of the caller's clinics' patients: safety officers and administrators only.</summary>
internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithTags("Audit").WithName("ListAuditEntries").WithSummary("Lists the audit trail of the caller's clinics' patients.").Produces<Page<AuditEntryBody>>()
            .WithMetadata(new ApiRoles(ClinicRoles.SafetyOfficer, ClinicRoles.Admin));
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, Guid? patientId, string? entityType, string? entityId, string? page, string? pageSize)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var scope = await CallerScopes.ForAsync(http, db);
        if (!(scope.IsSafetyOfficer || scope.IsAdmin))
        {
            return RecordResults.NotFound("audit");
        }

        var patients = db.Patients.VisibleTo(scope).Select(p => (Guid?)p.Id);
        IQueryable<AuditEntry> query = db.AuditEntries.AsNoTracking().Where(a => patients.Contains(a.PatientId));
        if (patientId is { } patient)
        {
            query = query.Where(a => a.PatientId == patient);
        }

        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        var problems = paging.Validate();
        return problems.Count > 0
            ? RecordResults.Problem(problems)
            : TypedResults.Ok(RecordResults.PageOf<AuditEntry, AuditEntryBody>(AuditEntryBody.From)(await paging.ApplyAsync(query.OrderBy(a => a.Id), http.RequestAborted)));
    }
}
