namespace MesoSafe.Knowledge.Rules;

/// <summary>A step required before treatment (sensitivity-test, physician-approval).
/// <see cref="WhenFirstSession"/>: required when the patient has had no mesotherapy before.</summary>
public sealed record Requirement
{
    public string Code { get; init; } = "";

    public bool WhenFirstSession { get; init; }

    public string Message { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];
}
