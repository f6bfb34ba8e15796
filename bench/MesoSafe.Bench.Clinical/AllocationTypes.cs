using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace MesoSafe.Bench.Clinical;

/// <summary>Samples what the runtime allocates (GCAllocationTick: one event about every 100 KB,
/// with the type of the object that crossed it), to see which types the screening allocates.</summary>
internal sealed class AllocationTypes : EventListener
{
    public ConcurrentDictionary<string, long> Bytes { get; } = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount");
        if (index >= 0 && amount >= 0)
        {
            Bytes.AddOrUpdate((string)eventData.Payload[index]!, Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture), (_, b) => b + Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
