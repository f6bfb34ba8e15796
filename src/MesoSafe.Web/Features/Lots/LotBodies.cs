using MesoSafe.Records.Catalog;

namespace MesoSafe.Web.Features.Lots;

internal sealed record ProductBody(Guid Id, string Name, string Manufacturer, IReadOnlyList<string> Substances)
{
    public static ProductBody From(Product p) => new(p.Id, p.Name, p.Manufacturer, p.Substances);
}

/// <summary>A lot as the API answers it: the entity's fields, never its navigation to the product.</summary>
internal sealed record LotBody(
    Guid Id, Guid ProductId, string LotNumber, DateOnly Expiry, bool Recalled, DateTimeOffset? RecalledAt, string? RecallReason, Guid? RecalledBy, long Version)
{
    public static LotBody From(Lot l) => new(l.Id, l.ProductId, l.LotNumber, l.Expiry, l.Recalled, l.RecalledAt, l.RecallReason, l.RecalledBy, l.Version);

    /// <summary>The lot with <c>recalledBy</c> only when the caller may be told who (their own clinics' people, ADR 0409).</summary>
    public static Func<Lot, LotBody> For(IReadOnlySet<Guid> nameable) =>
        l => From(l) with { RecalledBy = l.RecalledBy is { } by && nameable.Contains(by) ? by : null };
}

/// <summary>The caller's clinics' exposed patients and sessions, and how many of other clinics.</summary>
internal sealed record LotRecallBody(LotBody Lot, IReadOnlyList<Guid> Patients, IReadOnlyList<LotExposure> Exposures, int OtherClinicsPatients, int OtherClinicsSessions)
{
    public static LotRecallBody From(LotRecall r) => new(LotBody.From(r.Lot), r.Patients, r.Exposures, r.OtherClinicsPatients, r.OtherClinicsSessions);
}
