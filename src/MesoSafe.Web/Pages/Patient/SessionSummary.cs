namespace MesoSafe.Web.Pages.Patient;

/// <summary>What triage needs to know about the session a check-in follows.</summary>
public sealed record SessionSummary(DateOnly Date, IReadOnlyList<string> Areas, IReadOnlyList<string> Substances);
