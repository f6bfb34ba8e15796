namespace MesoSafe.Records.Sessions;

/// <summary>One charted session. Refusals stop it being stored; flags are stored with it. A session
/// is made only by <see cref="Chart"/> from lots checked for its date (EF Core uses the private
/// constructor when reading one).</summary>
public sealed class TreatmentSession : IVersioned, Access.IPatientRecord
{
    private TreatmentSession()
    {
    }

    /// <summary>Charts a session of the given products, each from a lot checked usable on
    /// <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException">No product, or a lot checked for another date.</exception>
    public static TreatmentSession Chart(
        Guid patientId, Guid clinicId, Guid planId, DateOnly date, Guid practitionerId, string technique,
        IReadOnlyList<(Catalog.CheckedLot Lot, double? VolumeMl)> products, DateTimeOffset chartedAt)
    {
        if (products.Count == 0)
        {
            throw new ArgumentException("A session injects at least one product.", nameof(products));
        }

        if (products.FirstOrDefault(p => p.Lot.UsableOn != date) is { Lot: not null } stale)
        {
            throw new ArgumentException($"Lot {stale.Lot.LotId} was checked for {stale.Lot.UsableOn}, not {date}.", nameof(products));
        }

        var session = new TreatmentSession
        {
            PatientId = patientId,
            ClinicId = clinicId,
            PlanId = planId,
            Date = date,
            PractitionerId = practitionerId,
            Technique = technique,
            ChartedAt = chartedAt,
        };
        session.Products.AddRange(products.Select(p => new SessionProduct { SessionId = session.Id, LotId = p.Lot.LotId, ProductId = p.Lot.ProductId, VolumeMl = p.VolumeMl }));
        return session;
    }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PatientId { get; private set; }

    public Guid ClinicId { get; private set; }

    public Guid PlanId { get; private set; }

    public DateOnly Date { get; private set; }

    public Guid PractitionerId { get; private set; }

    public List<string> Areas { get; set; } = [];

    public string Technique { get; private set; } = "";

    public double? DepthMm { get; set; }

    public string? Anesthetic { get; set; }

    /// <summary>Asepsis checklist items done, e.g. "skin-disinfected", "sterile-single-use-needles".</summary>
    public List<string> Asepsis { get; set; } = [];

    /// <summary>"negative", "positive" or null when not done.</summary>
    public string? SensitivityTest { get; set; }

    public List<string> ImmediateReactions { get; set; } = [];

    /// <summary>Stable codes of what was flagged, e.g. "interval-too-short".</summary>
    public List<string> Flags { get; set; } = [];

    public List<SessionProduct> Products { get; private set; } = [];

    public DateTimeOffset ChartedAt { get; private set; }

    public long Version { get; set; }
}
