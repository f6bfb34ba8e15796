namespace MesoSafe.Records.Plans;

/// <summary>One risk a consent lists, with its sources.</summary>
public sealed record PlanRisk(string Code, string Text, IReadOnlyList<string> Sources);
