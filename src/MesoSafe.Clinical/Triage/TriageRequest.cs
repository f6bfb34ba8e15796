namespace MesoSafe.Clinical.Triage;

/// <summary>A validated triage request (contract.md, "Triage request").</summary>
public sealed record TriageRequest
{
    public string? Id { get; init; }

    public required DateOnly SessionDate { get; init; }

    /// <summary>Never before <see cref="SessionDate"/> once validated.</summary>
    public required DateOnly ReportedOn { get; init; }

    public IReadOnlyList<string> Areas { get; init; } = [];

    public IReadOnlyList<string> Substances { get; init; } = [];

    public double? TemperatureC { get; init; }

    public IReadOnlyList<ReportedSymptom> Symptoms { get; init; } = [];

    public string? Text { get; init; }

    public int DaysSinceSession => ReportedOn.DayNumber - SessionDate.DayNumber;
}

public sealed record ReportedSymptom
{
    /// <summary>A knowledge-base code or free text ("lump", "can't breathe").</summary>
    public required string Code { get; init; }

    public SymptomSeverity Severity { get; init; } = SymptomSeverity.Mild;

    public int StartedDaysAfterSession { get; init; }

    public bool Spreading { get; init; }

    public bool Worsening { get; init; }
}

public enum SymptomSeverity
{
    Mild = 0,
    Moderate = 1,
    Severe = 2,
}
