using MesoSafe.Signals;

namespace MesoSafe.Signals.Tests.Inputs;

/// <summary>Keeps every tuple a reader hands over, as strings, in order.</summary>
internal sealed class RecordingSink : IReportTupleSink
{
    public List<(string Id, string Product, string Event, string Stratum)> Tuples { get; } = [];

    public void Add(ReadOnlySpan<char> reportId, ReadOnlySpan<char> product, ReadOnlySpan<char> @event, ReadOnlySpan<char> stratum) =>
        Tuples.Add((reportId.ToString(), product.ToString(), @event.ToString(), stratum.ToString()));
}
