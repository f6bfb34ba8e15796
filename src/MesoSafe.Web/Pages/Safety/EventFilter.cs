namespace MesoSafe.Web.Pages.Safety;

/// <summary>The adverse-event list's filters, all optional, bound from the query string.</summary>
public sealed class EventFilter
{
    public Guid? Clinic { get; set; }

    public Guid? Product { get; set; }

    public Guid? Lot { get; set; }

    public Guid? Practitioner { get; set; }

    public string? Area { get; set; }

    /// <summary>"serious", "non-serious" or empty.</summary>
    public string? Seriousness { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}
