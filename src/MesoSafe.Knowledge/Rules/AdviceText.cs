namespace MesoSafe.Knowledge.Rules;

/// <summary>One advice sentence. <see cref="AppliesTo"/>: "aftercare" (always given) or a triage
/// level (emergency, urgent, review) whose "what to do now" it is.</summary>
public sealed record AdviceText
{
    public string Code { get; init; } = "";

    public string AppliesTo { get; init; } = "";

    public string Text { get; init; } = "";

    public IReadOnlyList<string> Sources { get; init; } = [];
}
