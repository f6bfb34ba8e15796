using MesoSafe.Clinical.Json;
using MesoSafe.Records.Access;
using MesoSafe.Records.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Catalog;

/// <summary>Products and lots: administrators manage them, staff read them.</summary>
public sealed class ProductCatalog(MesoSafeDbContext db)
{
    public async Task<RecordOutcome<Page<Product>>> ListProductsAsync(Paging paging, CancellationToken ct)
    {
        var problems = paging.Validate();
        return problems.Count > 0
            ? RecordOutcome<Page<Product>>.Failure(problems)
            : await paging.ApplyAsync(db.Products.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id), ct);
    }

    /// <summary>Every product by name, for the pages' lists (the API pages through them).</summary>
    public async Task<IReadOnlyList<Product>> AllProductsAsync(CancellationToken ct) =>
        await db.Products.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);

    /// <summary>Every lot by number, for the pages' lists (the API pages through them).</summary>
    public async Task<IReadOnlyList<Lot>> AllLotsAsync(CancellationToken ct) =>
        await db.Lots.AsNoTracking().OrderBy(l => l.LotNumber).ThenBy(l => l.Id).ToListAsync(ct);

    public async Task<RecordOutcome<Page<Lot>>> ListLotsAsync(Guid? productId, bool? recalled, Paging paging, CancellationToken ct)
    {
        var problems = paging.Validate();
        if (problems.Count > 0)
        {
            return RecordOutcome<Page<Lot>>.Failure(problems);
        }

        var query = db.Lots.AsNoTracking();
        if (productId is { } product)
        {
            query = query.Where(l => l.ProductId == product);
        }

        if (recalled is { } r)
        {
            query = query.Where(l => l.Recalled == r);
        }

        return await paging.ApplyAsync(query.OrderBy(l => l.LotNumber).ThenBy(l => l.Id), ct);
    }

    /// <summary>Of the users who recalled <paramref name="lots"/>, those the caller may be told of:
    /// the caller and the people of the caller's clinics. Another clinic's user id is never sent (ADR 0409).</summary>
    public async Task<IReadOnlySet<Guid>> NameableRecallersAsync(CallerScope scope, IEnumerable<Lot?> lots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var recallers = lots.Select(l => l?.RecalledBy).OfType<Guid>().Distinct().ToList();
        if (recallers.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var clinics = scope.ClinicIds.ToList();
        var colleagues = await db.ClinicMemberships.AsNoTracking()
            .Where(m => recallers.Contains(m.UserId) && clinics.Contains(m.ClinicId)).Select(m => m.UserId).ToListAsync(ct);
        return colleagues.Append(scope.UserId).ToHashSet();
    }

    public async Task<Lot?> FindLotAsync(Guid id, CancellationToken ct) =>
        await db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);

    public async Task<Product?> FindProductAsync(Guid id, CancellationToken ct) =>
        await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    public async Task<RecordOutcome<Product>> AddProductAsync(CallerScope scope, ProductInput input, CancellationToken ct)
    {
        if (!scope.IsAdmin)
        {
            return new RecordProblem(ProblemKind.NotFound, RecordProblemCodes.Forbidden, "role", "Only administrators manage products.");
        }

        var problems = new List<RecordProblem>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            problems.Add(RecordProblem.Invalid("name", RequestErrorCodes.Required, "name is required."));
        }

        if (string.IsNullOrWhiteSpace(input.Manufacturer))
        {
            problems.Add(RecordProblem.Invalid("manufacturer", RequestErrorCodes.Required, "manufacturer is required."));
        }

        RecordBounds.ProductName.Check(input.Name?.Trim(), problems);
        RecordBounds.Manufacturer.Check(input.Manufacturer?.Trim(), problems);

        if (problems.Count > 0)
        {
            return RecordOutcome<Product>.Failure(problems);
        }

        var product = new Product { Name = input.Name!.Trim(), Manufacturer = input.Manufacturer!.Trim(), Substances = [.. input.Substances ?? []] };
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        return product;
    }

    public async Task<RecordOutcome<Lot>> AddLotAsync(CallerScope scope, LotInput input, CancellationToken ct)
    {
        if (!scope.IsAdmin)
        {
            return new RecordProblem(ProblemKind.NotFound, RecordProblemCodes.Forbidden, "role", "Only administrators manage lots.");
        }

        var problems = new List<RecordProblem>();
        if (input.ProductId is null)
        {
            problems.Add(RecordProblem.Invalid("productId", RequestErrorCodes.Required, "productId is required."));
        }
        else if (!await db.Products.AnyAsync(p => p.Id == input.ProductId, ct))
        {
            problems.Add(RecordProblem.Invalid("productId", RecordProblemCodes.UnknownProduct, "No such product."));
        }

        if (string.IsNullOrWhiteSpace(input.LotNumber))
        {
            problems.Add(RecordProblem.Invalid("lotNumber", RequestErrorCodes.Required, "lotNumber is required."));
        }

        if (input.Expiry is null)
        {
            problems.Add(RecordProblem.Invalid("expiry", RequestErrorCodes.Required, "expiry is required."));
        }

        RecordBounds.LotNumber.Check(input.LotNumber?.Trim(), problems);
        RecordBounds.Expiry.Check(input.Expiry, problems);

        if (problems.Count == 0 && await db.Lots.AnyAsync(l => l.ProductId == input.ProductId && l.LotNumber == input.LotNumber!.Trim(), ct))
        {
            problems.Add(new RecordProblem(ProblemKind.Conflict, RecordProblemCodes.DuplicateLot, "lotNumber", "This product already has a lot with this number."));
        }

        if (problems.Count > 0)
        {
            return RecordOutcome<Lot>.Failure(problems);
        }

        var lot = new Lot { ProductId = input.ProductId!.Value, LotNumber = input.LotNumber!.Trim(), Expiry = input.Expiry!.Value };
        db.Lots.Add(lot);
        await db.SaveChangesAsync(ct);
        return lot;
    }
}
