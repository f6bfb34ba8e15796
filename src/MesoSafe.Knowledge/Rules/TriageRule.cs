namespace MesoSafe.Knowledge.Rules;

/// <summary>One triage rule with a stable code. <see cref="Evaluation"/> names how it is
/// evaluated (<see cref="TriageEvaluations"/>); the fields below are its parameters.</summary>
public sealed record TriageRule
{
    public string Code { get; init; } = "";

    /// <summary>emergency, urgent, review or self-care.</summary>
    public string Level { get; init; } = "";

    public string Evaluation { get; init; } = "";

    /// <summary>The symptoms the rule is about; empty means any recognized symptom.</summary>
    public IReadOnlyList<string> Symptoms { get; init; } = [];

    /// <summary>Partner symptoms (face-swelling with hives or dizziness).</summary>
    public IReadOnlyList<string> With { get; init; } = [];

    public IReadOnlyList<string> Except { get; init; } = [];

    public int? Days { get; init; }

    public double? TemperatureC { get; init; }

    public string Message { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];
}
