namespace MesoSafe.Records.AdverseEvents;

/// <summary>One adverse event as the safety officer's list shows it: the latest report, with names
/// in place of ids.</summary>
public sealed record AdverseEventRow(
    Guid Id, string EventCode, DateOnly Onset, bool Serious, string? Severity, string? Outcome, string? Causality,
    string Patient, string? Practitioner, IReadOnlyList<string> Areas, IReadOnlyList<string> Products, IReadOnlyList<string> Lots, int Reports);
