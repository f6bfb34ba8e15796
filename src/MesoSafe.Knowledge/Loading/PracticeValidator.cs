using MesoSafe.Knowledge.Practice;
using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Knowledge.Loading;

/// <summary>Checks the practice facts (charting, consent risks, check-in quick picks): each sourced,
/// each naming only known codes. Each problem is one line naming the fact.</summary>
internal sealed class PracticeValidator(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<ScreeningRule> screeningRules, List<string> problems)
{
    private readonly HashSet<(EntryKind, string)> known = entries.Select(e => (e.Kind, e.Code)).ToHashSet();

    public void CheckCharting(IReadOnlyList<ChartingRules> declared)
    {
        if (declared.Count > 1)
        {
            problems.Add("more than one file declares the charting rules");
        }

        if (declared.Count == 0)
        {
            return;
        }

        var charting = declared[0];
        if (charting.MinimumInterval.Days < 1)
        {
            problems.Add("charting 'minimumInterval': days must be at least 1");
        }

        Sources("charting 'minimumInterval'", charting.MinimumInterval.Sources);
        var days = charting.CheckIns.Days;
        if (days.Count == 0 || days[0] < 1 || days.Zip(days.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            problems.Add("charting 'checkIns': days must be whole days from 1, ascending, none twice");
        }

        Sources("charting 'checkIns'", charting.CheckIns.Sources);
        var depth = screeningRules.FirstOrDefault(r => r.Code == charting.DepthRule);
        if (depth is null || depth.Evaluation != ScreeningEvaluations.Depth)
        {
            problems.Add($"charting 'depthRule': '{charting.DepthRule}' is not a screening rule with evaluation '{ScreeningEvaluations.Depth}'");
        }

        var anesthetics = charting.Anesthetics.Class;
        if (!known.Contains((EntryKind.SubstanceClass, anesthetics)) || !entries.Any(e => e.Kind == EntryKind.Substance && e.Classes.Contains(anesthetics)))
        {
            problems.Add($"charting 'anesthetics': class '{anesthetics}' is not a known substance class with members");
        }

        Sources("charting 'anesthetics'", charting.Anesthetics.Sources);
        if (charting.Asepsis.Count == 0)
        {
            problems.Add("charting 'asepsis': the checklist has no steps");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in charting.Asepsis)
        {
            var name = $"asepsis step '{step.Code}'";
            Code(name, step.Code, seen);
            Text(name, step.Text);
            Sources(name, step.Sources);
        }
    }

    public void CheckConsentRisks(IReadOnlyList<ConsentRisk> risks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var risk in risks)
        {
            var name = $"consent risk '{risk.Code}'";
            Code(name, risk.Code, seen);
            Text(name, risk.Text);
            Sources(name, risk.Sources);
            if (risk.When is not { } when)
            {
                continue;
            }

            if (when.Indications.Count + when.Areas.Count == 0)
            {
                problems.Add($"{name}: 'when' names nothing");
            }

            foreach (var code in when.Indications.Where(c => !known.Contains((EntryKind.Indication, c))))
            {
                problems.Add($"{name}: indication '{code}' is not a known code");
            }

            foreach (var code in when.Areas.Where(c => !known.Contains((EntryKind.Area, c))))
            {
                problems.Add($"{name}: area '{code}' is not a known code");
            }
        }
    }

    public void CheckQuickPicks(IReadOnlyList<CheckInQuickPick> picks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pick in picks)
        {
            var name = $"check-in quick pick '{pick.Symptom}'";
            if (!known.Contains((EntryKind.Symptom, pick.Symptom)))
            {
                problems.Add($"{name}: symptom '{pick.Symptom}' is not a known code");
            }
            else if (!seen.Add(pick.Symptom))
            {
                problems.Add($"{name}: duplicate symptom");
            }

            Text(name, pick.Words);
            Sources(name, pick.Sources);
        }
    }

    private void Code(string name, string code, HashSet<string> seen)
    {
        if (!KnowledgeValidator.IsKebabCode(code))
        {
            problems.Add($"{name}: code must be lower-case kebab-case");
        }
        else if (!seen.Add(code))
        {
            problems.Add($"{name}: duplicate code");
        }
    }

    private void Text(string name, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{name}: no text");
        }
    }

    private void Sources(string name, IReadOnlyList<string> sources)
    {
        if (!KnowledgeValidator.IsSourced(sources))
        {
            problems.Add($"{name}: no source");
        }
    }
}
