using MesoSafe.Records.Catalog;
using MesoSafe.Records.Outcomes;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Lots and their recall: recalling a lot lists every exposed patient (and puts them on
/// their clinic's queue, which the records service does).</summary>
public sealed class LotsModel(ProductCatalog catalog, LotRecalls recalls, PageCaller caller, TimeProvider clock) : PageModel
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public IReadOnlyList<(Lot Lot, string Product)> Lots { get; private set; } = [];

    public LotRecall? Recall { get; private set; }

    public IReadOnlyList<Exposed> ExposedPatients { get; private set; } = [];

    [BindProperty]
    public Guid LotId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRecallAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var lot = await catalog.FindLotAsync(LotId, ct);
        if (lot is { Recalled: false } && string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter the reason for recalling lot " + lot.LotNumber + ": it is kept with the recall.");
            await LoadAsync(ct);
            return Page();
        }

        var outcome = await recalls.RecallAsync(scope, LotId, Reason, ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(string.Empty, outcome.Problems[0].Message);
            await LoadAsync(ct);
            return Page();
        }

        Recall = outcome.Value;
        ExposedPatients = [.. (await recalls.ExposedPatientsAsync(scope, Recall!, ct))
            .Select(e => new Exposed(e.Name ?? "Patient of another clinic", e.Sessions))
            .OrderBy(e => e.Name, StringComparer.Ordinal)];
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var products = (await catalog.ListProductsAsync(new Paging(1, Paging.MaxPageSize), ct)).Value?.Items ?? [];
        var names = products.ToDictionary(p => p.Id, p => p.Name);
        var lots = (await catalog.ListLotsAsync(null, null, new Paging(1, Paging.MaxPageSize), ct)).Value?.Items ?? [];
        Lots = [.. lots.Select(l => (l, names.GetValueOrDefault(l.ProductId, "?"))).OrderBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.l.LotNumber, StringComparer.Ordinal)];
    }

    public sealed record Exposed(string Name, IReadOnlyList<DateOnly> Sessions);
}
