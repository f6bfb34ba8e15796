namespace MesoSafe.Records.AdverseEvents;

/// <summary>One (report, product, event) tuple of the registry, in the shape disproportionality
/// analysis reads: the adverse event, one suspect product's name, and the event code, all as of
/// the event's latest version.</summary>
public sealed record SuspectPair(Guid AdverseEventId, string Product, string EventCode);
