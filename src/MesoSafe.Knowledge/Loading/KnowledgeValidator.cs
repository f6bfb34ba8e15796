using MesoSafe.Knowledge.Rules;

namespace MesoSafe.Knowledge.Loading;

/// <summary>Checks that every entry and rule has a code, a source, and names only known codes.
/// Each problem is one line naming the entry.</summary>
internal sealed class KnowledgeValidator(IReadOnlyList<KnowledgeEntry> entries, List<string> problems)
{
    private static readonly string[] AdviceTargets = ["aftercare", "emergency", "urgent", "review", "self-care", "emergency-signs", "clinic-signs", "unread", "vascular", "before-session"];

    private readonly HashSet<(EntryKind, string)> known = entries.Select(e => (e.Kind, e.Code)).ToHashSet();

    public void CheckEntries()
    {
        var seen = new HashSet<(EntryKind, string)>();
        foreach (var entry in entries)
        {
            var name = KnowledgeNames.Describe(entry);
            CheckCode(name, entry.Code);
            CheckSources(name, entry.Sources);
            if (!seen.Add((entry.Kind, entry.Code)))
            {
                problems.Add($"{name}: duplicate code");
            }

            foreach (var superseded in entry.Supersedes)
            {
                Require(name, entry.Kind, superseded, "superseded code");
            }

            foreach (var cls in entry.Classes)
            {
                Require(name, EntryKind.SubstanceClass, cls, "class");
            }

            if (entry.Kind == EntryKind.SymptomQualifier && entry.Code is not ("severe" or "spreading" or "worsening"))
            {
                problems.Add($"{name}: a symptom qualifier is one of severe, spreading, worsening");
            }

            if (entry.ExpectedDays is { } days && (entry.Kind != EntryKind.Symptom || days < 0))
            {
                problems.Add($"{name}: expectedDays is only for symptoms and never negative");
            }

            if (entry.Reactions.Count > 0 && entry.Kind != EntryKind.Substance)
            {
                problems.Add($"{name}: reactions are only for substances");
            }

            foreach (var reaction in entry.Reactions)
            {
                Require(name, EntryKind.Symptom, reaction, "reaction");
            }

            foreach (var reading in entry.SaferReadings)
            {
                if (string.IsNullOrWhiteSpace(reading.Note))
                {
                    problems.Add($"{name}: safer reading '{reading.Synonym}' has no note saying why");
                }
            }
        }
    }

    public void CheckCourse(CourseOfSessions? course)
    {
        if (course is null)
        {
            return;
        }

        var name = $"course '{course.Code}'";
        CheckCode(name, course.Code);
        CheckSources(name, course.Sources);
        CheckText(name, course.Description);
        if (course.MinSessions < 1 || course.MaxSessions < course.MinSessions)
        {
            problems.Add($"{name}: sessions need 1 <= minSessions <= maxSessions");
        }

        if (course.MinIntervalDays < 1 || course.MaxIntervalDays < course.MinIntervalDays || course.MaxLaterIntervalDays < course.MaxIntervalDays)
        {
            problems.Add($"{name}: intervals need 1 <= minIntervalDays <= maxIntervalDays <= maxLaterIntervalDays");
        }
    }

    public void CheckScreeningRules(IReadOnlyList<ScreeningRule> rules, IReadOnlyList<Requirement> requirements, CourseOfSessions? course)
    {
        var requirementCodes = requirements.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var name = $"screening rule '{rule.Code}'";
            CheckCode(name, rule.Code);
            CheckSources(name, rule.Sources);
            CheckText(name, rule.Message);
            if (!seen.Add(rule.Code))
            {
                problems.Add($"{name}: duplicate code");
            }

            if (!ScreeningEvaluations.Effects.Contains(rule.Effect))
            {
                problems.Add($"{name}: unknown effect '{rule.Effect}'");
            }

            if (!ScreeningEvaluations.All.Contains(rule.Evaluation))
            {
                problems.Add($"{name}: unknown evaluation '{rule.Evaluation}'");
            }

            foreach (var requirement in rule.Requires.Where(r => !requirementCodes.Contains(r)))
            {
                problems.Add($"{name}: requires unknown step '{requirement}'");
            }

            CheckTrigger(name, rule);
            foreach (var technique in rule.Techniques)
            {
                Require(name, EntryKind.Technique, technique, "technique");
            }

            foreach (var limit in rule.AreaLimits)
            {
                Require(name, EntryKind.Area, limit.Area, "area");
            }

            if (rule.Evaluation == ScreeningEvaluations.MinimumAge && rule.MinimumAgeYears is null)
            {
                problems.Add($"{name}: minimumAgeYears is missing");
            }

            if (rule.Evaluation == ScreeningEvaluations.Depth && (rule.MinDepthMm is null || rule.MaxDepthMm is null || rule.Techniques.Count == 0))
            {
                problems.Add($"{name}: minDepthMm, maxDepthMm and techniques are required");
            }

            if (rule.Evaluation == ScreeningEvaluations.Course)
            {
                if (!CourseBounds.All.Contains(rule.Bound))
                {
                    problems.Add($"{name}: bound must be one of {string.Join(", ", CourseBounds.All)}");
                }

                if (course is null)
                {
                    problems.Add($"{name}: no file declares the course of sessions");
                }
            }
        }
    }

    public void CheckTriageRules(IReadOnlyList<TriageRule> rules)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var name = $"triage rule '{rule.Code}'";
            CheckCode(name, rule.Code);
            CheckSources(name, rule.Sources);
            CheckText(name, rule.Message);
            if (!seen.Add(rule.Code))
            {
                problems.Add($"{name}: duplicate code");
            }

            if (!TriageEvaluations.Levels.Contains(rule.Level))
            {
                problems.Add($"{name}: unknown level '{rule.Level}'");
            }

            if (!TriageEvaluations.All.Contains(rule.Evaluation))
            {
                problems.Add($"{name}: unknown evaluation '{rule.Evaluation}'");
            }

            foreach (var symptom in rule.Symptoms.Concat(rule.With).Concat(rule.Except))
            {
                Require(name, EntryKind.Symptom, symptom, "symptom");
            }

            var needsDays = rule.Evaluation is TriageEvaluations.SevereOrLastingMoreThan or TriageEvaluations.LastingMoreThan
                or TriageEvaluations.StartedAtLeast or TriageEvaluations.WorseningStartedAtLeast or TriageEvaluations.WorseningAtLeast;
            if (needsDays && rule.Days is null)
            {
                problems.Add($"{name}: days is missing");
            }

            if (rule.Evaluation == TriageEvaluations.Temperature && rule.TemperatureC is null)
            {
                problems.Add($"{name}: temperatureC is missing");
            }

            if (rule.Evaluation is TriageEvaluations.Together or TriageEvaluations.TogetherSpreadingOrWorsening && rule.With.Count == 0)
            {
                problems.Add($"{name}: with is missing");
            }
        }
    }

    public void CheckRequirements(IReadOnlyList<Requirement> requirements)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requirement in requirements)
        {
            var name = $"requirement '{requirement.Code}'";
            CheckCode(name, requirement.Code);
            CheckSources(name, requirement.Sources);
            CheckText(name, requirement.Message);
            if (!seen.Add(requirement.Code))
            {
                problems.Add($"{name}: duplicate code");
            }

            if (requirement.Always && requirement.WhenFirstSession)
            {
                problems.Add($"{name}: always already includes the first session; set only one of always and whenFirstSession");
            }
        }
    }

    public void CheckAdvice(IReadOnlyList<AdviceText> advice)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in advice)
        {
            var name = $"advice '{item.Code}'";
            CheckCode(name, item.Code);
            CheckSources(name, item.Sources);
            CheckText(name, item.Text);
            if (!seen.Add(item.Code))
            {
                problems.Add($"{name}: duplicate code");
            }

            if (!AdviceTargets.Contains(item.AppliesTo))
            {
                problems.Add($"{name}: appliesTo must be one of {string.Join(", ", AdviceTargets)}");
            }
        }

        if (advice.Count > 0 && !advice.Any(a => a.AppliesTo == "aftercare"))
        {
            problems.Add("advice: no aftercare advice");
        }
    }

    private void CheckTrigger(string name, ScreeningRule rule)
    {
        if (rule.When is not { } when)
        {
            if (rule.Evaluation == ScreeningEvaluations.History)
            {
                problems.Add($"{name}: a history rule needs 'when'");
            }

            return;
        }

        foreach (var code in when.Conditions)
        {
            Require(name, EntryKind.Condition, code, "condition");
        }

        foreach (var code in when.Medications)
        {
            Require(name, EntryKind.Medication, code, "medication");
        }

        foreach (var code in when.Habits)
        {
            Require(name, EntryKind.Habit, code, "habit");
        }

        foreach (var code in when.Planned)
        {
            if (!known.Contains((EntryKind.Substance, code)) && !known.Contains((EntryKind.SubstanceClass, code)))
            {
                problems.Add($"{name}: planned '{code}' is not a known substance or class");
            }
        }

        foreach (var code in when.PlannedNone)
        {
            Require(name, EntryKind.Substance, code, "substance");
        }

        foreach (var code in when.Indications)
        {
            Require(name, EntryKind.Indication, code, "indication");
        }

        foreach (var code in when.Areas)
        {
            Require(name, EntryKind.Area, code, "area");
        }

        var empty = when.Conditions.Count + when.Medications.Count + when.Habits.Count + when.Planned.Count
            + when.PlannedNone.Count + when.Indications.Count + when.Areas.Count == 0;
        if (empty)
        {
            problems.Add($"{name}: 'when' names nothing");
        }
    }

    private void Require(string name, EntryKind kind, string code, string what)
    {
        if (!known.Contains((kind, code)))
        {
            problems.Add($"{name}: {what} '{code}' is not a known code");
        }
    }

    private void CheckSources(string name, IReadOnlyList<string> sources)
    {
        if (!IsSourced(sources))
        {
            problems.Add($"{name}: no source");
        }
    }

    private void CheckText(string name, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{name}: no message");
        }
    }

    /// <summary>At least one source, none blank.</summary>
    internal static bool IsSourced(IReadOnlyList<string> sources) => sources.Count > 0 && !sources.Any(string.IsNullOrWhiteSpace);

    /// <summary>Lower-case kebab-case: letters, digits and single inner hyphens.</summary>
    internal static bool IsKebabCode(string code) =>
        code.Length > 0 && code[0] != '-' && code[^1] != '-' && !code.Contains("--", StringComparison.Ordinal)
        && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private void CheckCode(string name, string code)
    {
        if (!IsKebabCode(code))
        {
            problems.Add($"{name}: code must be lower-case kebab-case");
        }
    }
}
