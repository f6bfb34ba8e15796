namespace MesoSafe.Signals;

/// <summary>What a report reader feeds: one (report, product, event, stratum) tuple at a time.
/// An empty <c>stratum</c> means "no stratum".</summary>
public interface IReportTupleSink
{
    void Add(ReadOnlySpan<char> reportId, ReadOnlySpan<char> product, ReadOnlySpan<char> @event, ReadOnlySpan<char> stratum);
}
