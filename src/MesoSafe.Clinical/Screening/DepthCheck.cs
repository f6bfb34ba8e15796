using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Clinical.Screening;

/// <summary>The depth limits of one knowledge-base rule (evaluation "depth") applied outside a
/// screening, as charting a session does: the same compiled rule and the same evaluation, the
/// technique and areas mapped through the same vocabulary. Thread-safe.</summary>
public sealed class DepthCheck
{
    private static readonly EntryKind[] TechniqueKinds = [EntryKind.Technique];
    private static readonly EntryKind[] AreaKinds = [EntryKind.Area];

    private readonly CompiledScreeningRule rule;
    private readonly VocabularyMatcher vocabulary;

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="ruleCode"/> names no
    /// depth rule (the loader already rejects such data).</summary>
    public DepthCheck(KnowledgeBase knowledgeBase, string ruleCode)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        var depthRule = knowledgeBase.ScreeningRules.FirstOrDefault(r => r.Code == ruleCode && r.Evaluation == ScreeningEvaluations.Depth)
            ?? throw new ArgumentException($"'{ruleCode}' is not a depth rule of knowledge base {knowledgeBase.Version}", nameof(ruleCode));
        rule = new CompiledScreeningRule(depthRule, knowledgeBase);
        vocabulary = knowledgeBase.Vocabulary;
    }

    public string RuleCode => rule.Rule.Code;

    /// <summary>True when <paramref name="depthMm"/> is outside the rule's range for the technique in
    /// any of the areas. An unknown technique is checked as dermal, like screening does.</summary>
    public bool IsOutOfRange(string? technique, IEnumerable<string> areas, double depthMm)
    {
        ArgumentNullException.ThrowIfNull(areas);
        KnowledgeEntry? techniqueEntry = null;
        if (!string.IsNullOrWhiteSpace(technique) && vocabulary.Match(technique, TechniqueKinds) is [var first, ..])
        {
            techniqueEntry = first.Entry;
        }

        var mapped = new List<RecognizedEntry>();
        foreach (var area in areas.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            mapped.AddRange(vocabulary.Match(area, AreaKinds).Select(m => new RecognizedEntry(m.Entry, area, m.SaferReading)));
        }

        return ScreeningRuleEvaluation.DepthOutOfRange(rule, techniqueEntry, mapped, depthMm);
    }
}
