using MesoSafe.Records;
using MesoSafe.Records.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>Products and their lots (read-only here; the API adds them).</summary>
public sealed class ProductsModel(MesoSafeDbContext db) : PageModel
{
    public IReadOnlyList<Product> Products { get; private set; } = [];

    public ILookup<Guid, Lot> Lots { get; private set; } = Array.Empty<Lot>().ToLookup(l => l.ProductId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        Lots = (await db.Lots.AsNoTracking().OrderBy(l => l.Expiry).ToListAsync(ct)).ToLookup(l => l.ProductId);
    }
}
