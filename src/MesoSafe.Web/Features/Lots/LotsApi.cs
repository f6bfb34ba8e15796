using MesoSafe.Records;
using MesoSafe.Records.Catalog;
using MesoSafe.Web.Features.Records;

namespace MesoSafe.Web.Features.Lots;

internal static class LotsApi
{
    public static RouteGroupBuilder MapLotsApi(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products and lots");
        products.MapGet("/", ListProductsAsync);
        products.MapPost("/", AddProductAsync);
        products.MapGet("/{id:guid}", GetProductAsync);
        var lots = api.MapGroup("/lots").WithTags("Products and lots");
        lots.MapGet("/", ListLotsAsync);
        lots.MapPost("/", AddLotAsync);
        lots.MapGet("/{id:guid}", GetLotAsync);
        lots.MapPost("/{id:guid}/recall", RecallAsync);
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
