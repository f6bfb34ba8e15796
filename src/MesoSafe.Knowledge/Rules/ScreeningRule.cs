namespace MesoSafe.Knowledge.Rules;

/// <summary>One screening rule: a finding code, its effect and when it applies.
/// <see cref="Evaluation"/> names how the engine evaluates it; "history" (the default) is the
/// generic <see cref="When"/> trigger, the others read their parameters from this record.</summary>
public sealed record ScreeningRule
{
    public string Code { get; init; } = "";

    /// <summary>contraindicated, deferred, needs-review, precaution or info.</summary>
    public string Effect { get; init; } = "";

    public string Evaluation { get; init; } = ScreeningEvaluations.History;

    public RuleTrigger? When { get; init; }

    /// <summary>Codes of <see cref="Requirement"/>s this finding adds to requiredBeforeTreatment.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>The message; <c>{subject}</c> is replaced by the finding's subject.</summary>
    public string Message { get; init; } = "";

    public int? MinimumAgeYears { get; init; }

    /// <summary>Techniques the depth check applies to (the dermal techniques).</summary>
    public IReadOnlyList<string> Techniques { get; init; } = [];

    public double? MinDepthMm { get; init; }

    public double? MaxDepthMm { get; init; }

    public IReadOnlyList<AreaDepthLimit> AreaLimits { get; init; } = [];

    /// <summary>For a "course" rule: which bound of the course of sessions it checks (<see cref="CourseBounds"/>).</summary>
    public string? Bound { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
