using MesoSafe.Records;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Clinics;

/// <summary>The caller's clinics; an administrator opens a clinic (and works for it from then on) and
/// renames their own. Another clinic is never listed and is "not found" (ADR 0409).</summary>
internal static class ClinicsApi
{
    public static RouteGroupBuilder MapClinicsApi(this RouteGroupBuilder api)
    {
        var clinics = api.MapGroup("/clinics").WithTags("Clinics");
        clinics.MapGet("/", ListAsync)
            .WithName("ListClinics")
            .WithSummary("The caller's clinics, by name.")
            .Produces<List<ClinicBody>>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        clinics.MapPost("/", CreateAsync)
            .WithName("CreateClinic")
            .WithMetadata(new OpenApi.ApiRoles(ClinicRoles.Admin))
            .WithSummary("An administrator opens a clinic and becomes one of its people.")
            .Accepts<ClinicInput>("application/json")
            .Produces<ClinicBody>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        clinics.MapPatch("/{id:guid}", RenameAsync)
            .WithName("RenameClinic")
            .WithMetadata(new OpenApi.ApiRoles(ClinicRoles.Admin))
            .WithSummary("An administrator renames one of their clinics.")
            .Accepts<ClinicInput>("application/json")
            .Produces<ClinicBody>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MesoSafeDbContext db, ClinicDirectory directory)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return TypedResults.Ok((await directory.ClinicsAsync(scope, http.RequestAborted)).Select(ClinicBody.From).ToList());
    }

    private static async Task<IResult> CreateAsync(HttpContext http, MesoSafeDbContext db, ClinicDirectory directory, ClinicInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await directory.CreateAsync(scope, input.Name, http.RequestAborted), c => $"/api/v1/clinics/{c.Id}", ClinicBody.From);
    }

    private static async Task<IResult> RenameAsync(HttpContext http, MesoSafeDbContext db, ClinicDirectory directory, Guid id, ClinicInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await directory.RenameAsync(scope, id, input.Name, http.RequestAborted), ClinicBody.From);
    }
}
