namespace MesoSafe.Records.AdverseEvents;

/// <summary>Sessions and their adverse events added up per label (a product, lot, practitioner or area).</summary>
public sealed class RatesTally
{
    private readonly Dictionary<string, (long Events, long Sessions)> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one session, with its events, for the label.</summary>
    public void Add(string label, long events)
    {
        var (e, s) = _counts.GetValueOrDefault(label);
        _counts[label] = (e + events, s + 1);
    }

    /// <summary>Counts one session for each distinct label it carries.</summary>
    public void AddOnce(IEnumerable<string> labels, long events)
    {
        foreach (var label in labels.Distinct(StringComparer.Ordinal))
        {
            Add(label, events);
        }
    }

    public IReadOnlyList<LabelCount> Counts() => [.. _counts.Select(c => new LabelCount(c.Key, c.Value.Events, c.Value.Sessions))];
}
