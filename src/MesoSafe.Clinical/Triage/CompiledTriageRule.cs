using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Clinical.Triage;

/// <summary>A triage rule with its level parsed once.</summary>
internal sealed class CompiledTriageRule(TriageRule rule)
{
    public TriageRule Rule { get; } = rule;

    public TriageLevel Level { get; } = ParseLevel(rule.Level);

    public bool IsAbout(string code) => Rule.Symptoms.Count == 0 || Rule.Symptoms.Contains(code);

    internal static TriageLevel ParseLevel(string level) => level switch
    {
        "emergency" => TriageLevel.Emergency,
        "urgent" => TriageLevel.Urgent,
        "review" => TriageLevel.Review,
        "self-care" => TriageLevel.SelfCare,
        _ => throw new InvalidDataException($"triage level '{level}' is unknown"),
    };
}
