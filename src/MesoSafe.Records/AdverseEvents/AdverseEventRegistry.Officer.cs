using MesoSafe.Records.Access;
using MesoSafe.Records.Clinics;
using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.AdverseEvents;

/// <summary>The safety officer's reading of the registry: the filtered list and its choices.</summary>
public sealed partial class AdverseEventRegistry
{
    public async Task<AdverseEventFilterChoices> FilterChoicesAsync(CallerScope scope, CancellationToken ct)
    {
        var clinicIds = scope.ClinicIds.ToList();
        var clinics = await db.Clinics.AsNoTracking().Where(c => clinicIds.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var lots = await db.Lots.AsNoTracking().OrderBy(l => l.LotNumber).ToListAsync(ct);
        var practitionerRole = await db.Roles.AsNoTracking().Where(r => r.Name == ClinicRoles.Practitioner).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var colleagues = db.ClinicMemberships.AsNoTracking().Where(m => clinicIds.Contains(m.ClinicId)).Select(m => m.UserId);
        var practitioners = db.UserRoles.AsNoTracking().Where(r => r.RoleId == practitionerRole).Select(r => r.UserId);
        var people = await db.Users.AsNoTracking().Where(u => colleagues.Contains(u.Id) && practitioners.Contains(u.Id)).OrderBy(u => u.DisplayName).ToListAsync(ct);
        return new AdverseEventFilterChoices(clinics, products, lots, people);
    }

    /// <summary>The events the caller may see that pass the filter, newest onset first, at most
    /// <paramref name="maxRows"/>. Clinic, seriousness and dates are filtered in the database;
    /// product, lot, practitioner and area on the loaded rows (see <see cref="AdverseEventFilter.NeedsLoadedRows"/>).</summary>
    public async Task<IReadOnlyList<AdverseEventRow>> ListRowsAsync(CallerScope scope, AdverseEventFilter filter, int maxRows, CancellationToken ct)
    {
        var query = db.AdverseEvents.AsNoTracking().VisibleTo(scope);
        if (filter.Clinic is { } clinic)
        {
            query = query.Where(e => e.ClinicId == clinic);
        }

        if (filter.Seriousness is AdverseEventFilter.Serious or AdverseEventFilter.NonSerious)
        {
            var serious = filter.Seriousness == AdverseEventFilter.Serious;
            query = query.Where(e => e.Serious == serious);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.Onset >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.Onset <= to);
        }

        // Rows checked after loading: read more only then.
        var events = await query.Include(e => e.Reports).OrderByDescending(e => e.Onset).ThenBy(e => e.Id)
            .Take(filter.NeedsLoadedRows ? maxRows * 10 : maxRows).AsSplitQuery().ToListAsync(ct);
        var sessionIds = events.Where(e => e.SessionId is not null).Select(e => e.SessionId!.Value).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var patientIds = events.Select(e => e.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        var practitionerIds = sessions.Values.Select(s => s.PractitionerId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => practitionerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? "", ct);
        var productNames = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var lotNumbers = await db.Lots.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.LotNumber, ct);

        var rows = new List<AdverseEventRow>();
        foreach (var e in events)
        {
            var report = e.Reports.OrderByDescending(r => r.Number).FirstOrDefault();
            var session = e.SessionId is { } sid ? sessions.GetValueOrDefault(sid) : null;
            if ((filter.Product is { } product && report?.SuspectProductIds.Contains(product) != true)
                || (filter.Lot is { } lot && report?.SuspectLotIds.Contains(lot) != true)
                || (filter.Practitioner is { } practitioner && session?.PractitionerId != practitioner)
                || (!string.IsNullOrEmpty(filter.Area) && session?.Areas.Contains(filter.Area) != true))
            {
                continue;
            }

            rows.Add(new AdverseEventRow(
                e.Id, e.EventCode, e.Onset, e.Serious, report?.Severity, report?.Outcome, report?.Causality,
                patients.GetValueOrDefault(e.PatientId, "?"),
                session is null ? null : names.GetValueOrDefault(session.PractitionerId),
                session?.Areas ?? [],
                [.. (report?.SuspectProductIds ?? []).Select(id => productNames.GetValueOrDefault(id, "?"))],
                [.. (report?.SuspectLotIds ?? []).Select(id => lotNumbers.GetValueOrDefault(id, "?"))],
                e.Reports.Count));
            if (rows.Count == maxRows)
            {
                break;
            }
        }

        return rows;
    }
}
