namespace MesoSafe.Records.AdverseEvents;

/// <summary>The safety officer's filters on the adverse-event list, all optional.</summary>
public sealed class AdverseEventFilter
{
    public const string Serious = "serious";
    public const string NonSerious = "non-serious";

    public Guid? Clinic { get; set; }

    public Guid? Product { get; set; }

    public Guid? Lot { get; set; }

    public Guid? Practitioner { get; set; }

    public string? Area { get; set; }

    /// <summary><see cref="Serious"/>, <see cref="NonSerious"/> or empty.</summary>
    public string? Seriousness { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Product, lot, practitioner and area are read from the session and the latest
    /// report, which are kept as lists: they are checked on loaded rows.</summary>
    public bool NeedsLoadedRows => Product is not null || Lot is not null || Practitioner is not null || !string.IsNullOrEmpty(Area);
}
