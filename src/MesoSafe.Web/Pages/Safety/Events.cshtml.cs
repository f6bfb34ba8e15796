using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse events of the officer's clinics with filters, as the registry lists them.</summary>
public sealed class EventsModel(AdverseEventRegistry registry, PageCaller caller) : PageModel
{
    public const int MaxRows = 200;

    [BindProperty(SupportsGet = true)]
    public AdverseEventFilter Filter { get; set; } = new();

    public IReadOnlyList<AdverseEventRow> Rows { get; private set; } = [];

    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public IReadOnlyList<Lot> Lots { get; private set; } = [];

    public IReadOnlyList<ClinicUser> Practitioners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        (Clinics, Products, Lots, Practitioners) = await registry.FilterChoicesAsync(scope, ct);
        Rows = await registry.ListRowsAsync(scope, Filter, MaxRows, ct);
    }
}
