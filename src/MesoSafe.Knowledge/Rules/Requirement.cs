namespace MesoSafe.Knowledge.Rules;

/// <summary>A step required before treatment (physical-examination, sensitivity-test, physician-approval).
/// <see cref="Always"/>: required by every screening, whatever the history and findings;
/// <see cref="WhenFirstSession"/>: required when the patient has had no mesotherapy before;
/// otherwise only when a finding's rule requires it.</summary>
public sealed record Requirement
{
    public string Code { get; init; } = "";

    public bool Always { get; init; }

    public bool WhenFirstSession { get; init; }

    public string Message { get; init; } = "";

    /// <summary>Why it applies when it does (the reading chosen where the source leaves it open).</summary>
    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];
}
