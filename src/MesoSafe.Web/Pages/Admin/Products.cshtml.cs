using MesoSafe.Records.Catalog;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>Products and their lots: the administrator adds a product or a lot here, through the
/// same <see cref="ProductCatalog"/> the API uses.</summary>
public sealed class ProductsModel(ProductCatalog catalog, PageCaller caller, TimeProvider clock) : PageModel
{
    private const string ProductPrefix = "Product";
    private const string LotPrefix = "Lot";

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public ILookup<Guid, Lot> Lots { get; private set; } = Array.Empty<Lot>().ToLookup(l => l.ProductId);

    public ProductForm Product { get; set; } = new();

    public LotForm Lot { get; set; } = new();

    /// <summary>What was just added, announced at the top of the page.</summary>
    [TempData]
    public string? Added { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostProductAsync(CancellationToken ct)
    {
        // Two forms on one page: bind and judge only the one that was posted.
        if (await TryUpdateModelAsync(Product, ProductPrefix))
        {
            var outcome = await catalog.AddProductAsync(await caller.ScopeAsync(ct), Product.ToInput(), ct);
            foreach (var problem in outcome.Problems)
            {
                ModelState.AddModelError(RecordFields.Key(ProductPrefix, problem.Field, typeof(ProductForm)), problem.Message);
            }

            if (outcome.Succeeded)
            {
                Added = "Product " + outcome.Value!.Name + " added.";
                return RedirectToPage();
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLotAsync(CancellationToken ct)
    {
        var bound = await TryUpdateModelAsync(Lot, LotPrefix);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Lot.Expiry is { } expiry && expiry < today)
        {
            ModelState.AddModelError(LotPrefix + "." + nameof(LotForm.Expiry), "This expiry date has passed: an expired lot cannot be used. Check the date on the package.");
        }

        if (bound && ModelState.IsValid)
        {
            var outcome = await catalog.AddLotAsync(await caller.ScopeAsync(ct), Lot.ToInput(), ct);
            foreach (var problem in outcome.Problems)
            {
                ModelState.AddModelError(RecordFields.Key(LotPrefix, problem.Field, typeof(LotForm)), problem.Message);
            }

            if (outcome.Succeeded)
            {
                Added = "Lot " + outcome.Value!.LotNumber + " added.";
                return RedirectToPage();
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Products = await catalog.AllProductsAsync(ct);
        Lots = (await catalog.AllLotsAsync(ct)).OrderBy(l => l.Expiry).ToLookup(l => l.ProductId);
    }
}
