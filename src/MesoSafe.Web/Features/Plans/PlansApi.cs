using MesoSafe.Records;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Plans;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Plans;

internal static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");
        plans.MapGet("/", ListAsync).WithName("ListPlans").WithSummary("Lists treatment plans, of one patient or all.").Produces<Page<PlanBody>>();
        plans.MapPost("/", CreateAsync).WithName("CreatePlan").WithSummary("Creates a treatment plan for a patient.").Produces<PlanBody>(StatusCodes.Status201Created);
        plans.MapGet("/{id:guid}", GetAsync).WithName("GetPlan").WithSummary("Gets a treatment plan (its version in the ETag).").Produces<PlanBody>();
        plans.MapPut("/{id:guid}", UpdateAsync).WithName("UpdatePlan").WithSummary("Revises a treatment plan (send the version read, or If-Match).").Produces<PlanBody>();
        plans.MapGet("/{id:guid}/consent", ConsentFormAsync).WithName("GetConsentForm").WithSummary("Gets the consent form of a plan's revision, with its risks.").Produces<ConsentFormBody>();
        plans.MapPost("/{id:guid}/consent", AcceptAsync).WithName("AcceptConsent").WithSummary("Records the patient's consent to a plan's revision.").Produces<ConsentBody>(StatusCodes.Status201Created);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, TreatmentPlans plans, Guid? patientId, string? page, string? pageSize)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await plans.ListAsync(scope, patientId, paging, http.RequestAborted), RecordResults.PageOf<TreatmentPlan, PlanBody>(PlanBody.From));
    }

    private static async Task<IResult> GetAsync(HttpContext http, MesoSafeDbContext db, TreatmentPlans plans, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Versioned(http, await plans.FindAsync(scope, id, http.RequestAborted), PlanBody.From);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, MesoSafeDbContext db, TreatmentPlans plans, PlanInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await plans.CreateAsync(scope, input, http.RequestAborted), p => $"/api/v1/plans/{p.Id}", PlanBody.From);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, MesoSafeDbContext db, TreatmentPlans plans, Guid id, PlanInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        input = input with { Version = RecordResults.ExpectedVersion(http, input.Version) };
        return RecordResults.Ok(await plans.UpdateAsync(scope, id, input, http.RequestAborted), PlanBody.From);
    }

    private static async Task<IResult> ConsentFormAsync(HttpContext http, MesoSafeDbContext db, TreatmentPlans plans, Guid id)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        var form = await plans.ConsentFormAsync(scope, id, http.RequestAborted);
        return form is null ? RecordResults.NotFound("id") : TypedResults.Ok(ConsentFormBody.From(form));
    }

    private static async Task<IResult> AcceptAsync(HttpContext http, MesoSafeDbContext db, TreatmentPlans plans, Guid id, ConsentAcceptance input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await plans.AcceptAsync(scope, id, input.PlanRevision, http.RequestAborted), c => $"/api/v1/plans/{c.PlanId}/consent", ConsentBody.From);
    }

    internal sealed record ConsentAcceptance(int? PlanRevision);
}
