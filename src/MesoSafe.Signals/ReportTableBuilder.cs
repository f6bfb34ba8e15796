namespace MesoSafe.Signals;

/// <summary>Collects (report, product, event, stratum) tuples from any source (a CSV file,
/// FAERS, the clinic registry) into integer-id tables. Strings are interned once; duplicate
/// tuples count once.</summary>
public sealed class ReportTableBuilder : IReportTupleSink
{
    /// <summary>Adds one tuple. An empty <paramref name="stratum"/> means "no stratum".</summary>
    public void Add(ReadOnlySpan<char> reportId, ReadOnlySpan<char> product, ReadOnlySpan<char> @event, ReadOnlySpan<char> stratum)
    {
        throw new NotImplementedException();
    }
}
