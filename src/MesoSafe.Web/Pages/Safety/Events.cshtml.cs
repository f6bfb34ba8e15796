using MesoSafe.Records;
using MesoSafe.Records.Access;
using MesoSafe.Records.AdverseEvents;
using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>Adverse events of the officer's clinics with filters. Clinic, seriousness and dates are
/// filtered in the database; product, lot, practitioner and area through the session and the
/// latest report, which the registry keeps as lists.</summary>
public sealed class EventsModel(MesoSafeDbContext db, PageCaller caller) : PageModel
{
    public const int MaxRows = 200;

    [BindProperty(SupportsGet = true)]
    public EventFilter Filter { get; set; } = new();

    public IReadOnlyList<EventRow> Rows { get; private set; } = [];

    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public IReadOnlyList<Lot> Lots { get; private set; } = [];

    public IReadOnlyList<ClinicUser> Practitioners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await caller.ScopeAsync(ct);
        var clinicIds = scope.ClinicIds.ToList();
        Clinics = await db.Clinics.AsNoTracking().Where(c => clinicIds.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(ct);
        Products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        Lots = await db.Lots.AsNoTracking().OrderBy(l => l.LotNumber).ToListAsync(ct);
        var practitionerRole = await db.Roles.AsNoTracking().Where(r => r.Name == ClinicRoles.Practitioner).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var colleagues = db.ClinicMemberships.AsNoTracking().Where(m => clinicIds.Contains(m.ClinicId)).Select(m => m.UserId);
        var practitioners = db.UserRoles.AsNoTracking().Where(r => r.RoleId == practitionerRole).Select(r => r.UserId);
        Practitioners = await db.Users.AsNoTracking().Where(u => colleagues.Contains(u.Id) && practitioners.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct);

        var query = db.AdverseEvents.AsNoTracking().VisibleTo(scope);
        if (Filter.Clinic is { } clinic)
        {
            query = query.Where(e => e.ClinicId == clinic);
        }

        if (Filter.Seriousness is "serious" or "non-serious")
        {
            var serious = Filter.Seriousness == "serious";
            query = query.Where(e => e.Serious == serious);
        }

        if (Filter.From is { } from)
        {
            query = query.Where(e => e.Onset >= from);
        }

        if (Filter.To is { } to)
        {
            query = query.Where(e => e.Onset <= to);
        }

        // Product, lot, practitioner and area are checked on the loaded rows: read more only then.
        var inMemory = Filter.Product is not null || Filter.Lot is not null || Filter.Practitioner is not null || !string.IsNullOrEmpty(Filter.Area);
        var events = await query.Include(e => e.Reports).OrderByDescending(e => e.Onset).ThenBy(e => e.Id)
            .Take(inMemory ? MaxRows * 10 : MaxRows).AsSplitQuery().ToListAsync(ct);
        var sessionIds = events.Where(e => e.SessionId is not null).Select(e => e.SessionId!.Value).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var patientIds = events.Select(e => e.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        var names = Practitioners.ToDictionary(u => u.Id, u => u.DisplayName ?? u.Email ?? "");
        var productNames = Products.ToDictionary(p => p.Id, p => p.Name);
        var lotNumbers = Lots.ToDictionary(l => l.Id, l => l.LotNumber);

        var rows = new List<EventRow>();
        foreach (var e in events)
        {
            var report = e.Reports.OrderByDescending(r => r.Number).FirstOrDefault();
            var session = e.SessionId is { } sid ? sessions.GetValueOrDefault(sid) : null;
            if ((Filter.Product is { } product && report?.SuspectProductIds.Contains(product) != true)
                || (Filter.Lot is { } lot && report?.SuspectLotIds.Contains(lot) != true)
                || (Filter.Practitioner is { } practitioner && session?.PractitionerId != practitioner)
                || (!string.IsNullOrEmpty(Filter.Area) && session?.Areas.Contains(Filter.Area) != true))
            {
                continue;
            }

            rows.Add(new EventRow(
                e.Id, e.EventCode, e.Onset, e.Serious, report?.Severity, report?.Outcome, report?.Causality,
                patients.GetValueOrDefault(e.PatientId, "?"),
                session is null ? null : names.GetValueOrDefault(session.PractitionerId),
                session?.Areas ?? [],
                [.. (report?.SuspectProductIds ?? []).Select(id => productNames.GetValueOrDefault(id, "?"))],
                [.. (report?.SuspectLotIds ?? []).Select(id => lotNumbers.GetValueOrDefault(id, "?"))],
                e.Reports.Count));
            if (rows.Count == MaxRows)
            {
                break;
            }
        }

        Rows = rows;
    }

    public sealed record EventRow(
        Guid Id, string EventCode, DateOnly Onset, bool Serious, string? Severity, string? Outcome, string? Causality,
        string Patient, string? Practitioner, IReadOnlyList<string> Areas, IReadOnlyList<string> Products, IReadOnlyList<string> Lots, int Reports);
}
