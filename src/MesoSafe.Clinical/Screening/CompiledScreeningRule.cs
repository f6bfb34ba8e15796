using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Clinical.Screening;

/// <summary>A screening rule with its code lists resolved once at construction: planned classes
/// are expanded to their member substances, effects parsed.</summary>
internal sealed class CompiledScreeningRule
{
    public CompiledScreeningRule(ScreeningRule rule, KnowledgeBase knowledgeBase)
    {
        Rule = rule;
        Effect = ParseEffect(rule.Effect);
        var when = rule.When ?? new RuleTrigger();
        HistoryCodes = [.. when.Conditions, .. when.Medications, .. when.Habits];
        PlannedCodes = when.Planned
            .SelectMany(code => knowledgeBase.Find(EntryKind.SubstanceClass, code) is null
                ? [code]
                : knowledgeBase.MembersOf(code).Select(member => member.Code))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Indications = [.. when.Indications];
        Areas = [.. when.Areas];
        PlannedNone = [.. when.PlannedNone];
        Requires = [.. rule.Requires];
        Techniques = [.. rule.Techniques];
        AreaLimits = [.. rule.AreaLimits];
        CourseLimit = rule.Evaluation == ScreeningEvaluations.Course ? knowledgeBase.Course?.Bound(rule.Bound) : null;
        Message = CourseLimit is { } limit
            ? rule.Message.Replace("{limit}", limit.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : rule.Message;
    }

    /// <summary>The message with its limit filled in; <c>{subject}</c> stays for the finding.</summary>
    public string Message { get; }

    /// <summary>For a "course" rule: the bound of the course of sessions it checks.</summary>
    public int? CourseLimit { get; }

    public string[] Requires { get; }

    public string[] Techniques { get; }

    public AreaDepthLimit[] AreaLimits { get; }

    public ScreeningRule Rule { get; }

    public FindingEffect Effect { get; }

    public string[] HistoryCodes { get; }

    public string[] PlannedCodes { get; }

    public string[] Indications { get; }

    public string[] Areas { get; }

    public string[] PlannedNone { get; }

    public bool HasPlanGroup => PlannedCodes.Length + Indications.Length > 0;

    internal static FindingEffect ParseEffect(string effect) => effect switch
    {
        "contraindicated" => FindingEffect.Contraindicated,
        "deferred" => FindingEffect.Deferred,
        "needs-review" => FindingEffect.NeedsReview,
        "precaution" => FindingEffect.Precaution,
        "info" => FindingEffect.Info,
        _ => throw new InvalidDataException($"screening rule effect '{effect}' is unknown"),
    };
}
