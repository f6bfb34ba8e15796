using MesoSafe.Records.Catalog;
using MesoSafe.Records.Clinics;

namespace MesoSafe.Records.AdverseEvents;

/// <summary>What the officer may filter adverse events by: their clinics, every product and lot,
/// and the practitioners of their clinics.</summary>
public sealed record AdverseEventFilterChoices(
    IReadOnlyList<Clinic> Clinics, IReadOnlyList<Product> Products, IReadOnlyList<Lot> Lots, IReadOnlyList<ClinicUser> Practitioners);
