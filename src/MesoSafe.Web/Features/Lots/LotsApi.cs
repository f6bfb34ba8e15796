using MesoSafe.Records;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Features.OpenApi;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Lots;

internal static class LotsApi
{
    public static RouteGroupBuilder MapLotsApi(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products and lots");
        products.MapGet("/", ListProductsAsync).WithName("ListProducts").WithSummary("Lists the product catalogue.").Produces<Page<ProductBody>>();
        products.MapPost("/", AddProductAsync).WithName("CreateProduct").WithSummary("Adds a product to the catalogue.").Produces<ProductBody>(StatusCodes.Status201Created)
            .WithMetadata(new ApiRoles(ClinicRoles.Admin));
        products.MapGet("/{id:guid}", GetProductAsync).WithName("GetProduct").WithSummary("Gets a product.").Produces<ProductBody>();
        var lots = api.MapGroup("/lots").WithTags("Products and lots");
        lots.MapGet("/", ListLotsAsync).WithName("ListLots").WithSummary("Lists lots, by product and whether recalled.").Produces<Page<LotBody>>();
        lots.MapPost("/", AddLotAsync).WithName("CreateLot").WithSummary("Adds a lot of a product.").Produces<LotBody>(StatusCodes.Status201Created)
            .WithMetadata(new ApiRoles(ClinicRoles.Admin));
        lots.MapGet("/{id:guid}", GetLotAsync).WithName("GetLot").WithSummary("Gets a lot (its version in the ETag).").Produces<LotBody>();
        lots.MapPost("/{id:guid}/recall", RecallAsync).WithName("RecallLot").WithSummary("Recalls a lot and lists the patients and sessions exposed to it.").Produces<LotRecallBody>()
            .WithMetadata(new ApiRoles(ClinicRoles.Admin, ClinicRoles.SafetyOfficer));
        return api;
    }

    private static async Task<IResult> ListProductsAsync(ProductCatalog catalog, string? page, string? pageSize, CancellationToken ct)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        return problem ?? RecordResults.Ok(await catalog.ListProductsAsync(paging, ct), RecordResults.PageOf<Product, ProductBody>(ProductBody.From));
    }

    private static async Task<IResult> GetProductAsync(ProductCatalog catalog, Guid id, CancellationToken ct) =>
        await catalog.FindProductAsync(id, ct) is { } product ? TypedResults.Ok(ProductBody.From(product)) : RecordResults.NotFound("id");

    private static async Task<IResult> AddProductAsync(HttpContext http, MesoSafeDbContext db, ProductCatalog catalog, ProductInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await catalog.AddProductAsync(scope, input, http.RequestAborted), p => $"/api/v1/products/{p.Id}", ProductBody.From);
    }

    private static async Task<IResult> ListLotsAsync(HttpContext http, MesoSafeDbContext db, ProductCatalog catalog, Guid? productId, bool? recalled, string? page, string? pageSize, CancellationToken ct)
    {
        var (paging, problem) = PagingQuery.Read(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var lots = await catalog.ListLotsAsync(productId, recalled, paging, ct);
        var nameable = await catalog.NameableRecallersAsync(await CallerScopes.ForAsync(http, db), lots.Value?.Items ?? [], ct);
        return RecordResults.Ok(lots, RecordResults.PageOf(LotBody.For(nameable)));
    }

    private static async Task<IResult> GetLotAsync(HttpContext http, MesoSafeDbContext db, ProductCatalog catalog, Guid id)
    {
        var lot = await catalog.FindLotAsync(id, http.RequestAborted);
        var nameable = await catalog.NameableRecallersAsync(await CallerScopes.ForAsync(http, db), [lot], http.RequestAborted);
        return RecordResults.Versioned(http, lot, LotBody.For(nameable));
    }

    private static async Task<IResult> AddLotAsync(HttpContext http, MesoSafeDbContext db, ProductCatalog catalog, LotInput input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Created(await catalog.AddLotAsync(scope, input, http.RequestAborted), l => $"/api/v1/lots/{l.Id}", LotBody.From);
    }

    private static async Task<IResult> RecallAsync(HttpContext http, MesoSafeDbContext db, LotRecalls recalls, Guid id, RecallRequest? input)
    {
        var scope = await CallerScopes.ForAsync(http, db);
        return RecordResults.Ok(await recalls.RecallAsync(scope, id, input?.Reason, http.RequestAborted), LotRecallBody.From);
    }

    internal sealed record RecallRequest(string? Reason);
}
