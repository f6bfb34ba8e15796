using System.Text;
using System.Text.Json;
using MesoSafe.Knowledge;

namespace MesoSafe.Cli.KnowledgeBase;

/// <summary>What <c>kb show</c> prints: the entries with a code (or that a synonym names), the
/// rules, requirements and advice texts with that code, and the course of sessions.</summary>
internal sealed record KnowledgeEntryView(string Query, IReadOnlyList<EntryView> Entries, IReadOnlyList<RuleView> Rules)
{
    public IReadOnlyList<RequirementView> Requirements { get; init; } = [];

    public IReadOnlyList<AdviceView> Advice { get; init; } = [];

    public IReadOnlyList<CourseView> Courses { get; init; } = [];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Consent risks, asepsis steps, quick picks and charting rules with this code or group name.</summary>
    public IReadOnlyList<PracticeFactView> Facts { get; init; } = [];

    public static KnowledgeEntryView? Find(MesoSafe.Knowledge.KnowledgeBase kb, string query)
    {
        var entries = kb.FindAll(query).ToList();
        var facts = PracticeFactViews.Find(kb, query);
        if (entries.Count == 0 && facts.Count == 0)
        {
            entries = kb.Vocabulary.Match(query, Enum.GetValues<EntryKind>()).Select(m => m.Entry).ToList();
        }

        var rules = kb.ScreeningRules.Where(r => r.Code == query)
            .Select(r => new RuleView("screening", r.Code, r.Effect, r.Message, r.Sources))
            .Concat(kb.TriageRules.Where(r => r.Code == query).Select(r => new RuleView("triage", r.Code, r.Level, r.Message, r.Sources)))
            .ToList();
        var requirements = kb.Requirements.Where(r => r.Code == query)
            .Select(r => new RequirementView(
                r.Code,
                r.Always ? "every screening" : r.WhenFirstSession ? "first session" : "when a finding requires it",
                r.Message,
                r.Note,
                kb.ScreeningRules.Where(rule => rule.Requires.Contains(r.Code)).Select(rule => $"screening rule {rule.Code} ({rule.Effect})").ToList(),
                r.Sources))
            .ToList();
        var advice = kb.Advice.Where(a => a.Code == query).Select(a => new AdviceView(a.Code, a.AppliesTo, a.Text, a.Sources)).ToList();
        var courses = kb.Course is { } course && course.Code == query
            ? [new CourseView(
                course.Code, course.MinSessions, course.MaxSessions, course.MinIntervalDays, course.MaxIntervalDays, course.MaxLaterIntervalDays,
                course.Description, course.Note,
                kb.ScreeningRules.Where(r => r.Evaluation == MesoSafe.Knowledge.Rules.ScreeningEvaluations.Course).Select(r => $"screening rule {r.Code} ({r.Effect}, {r.Bound})").ToList(),
                course.Sources)]
            : new List<CourseView>();
        if (entries.Count == 0 && rules.Count == 0 && requirements.Count == 0 && advice.Count == 0 && courses.Count == 0 && facts.Count == 0)
        {
            return null;
        }

        var views = entries.Select(e => new EntryView(
            e.Code,
            KnowledgeNames.Kind(e.Kind),
            e.Synonyms,
            e.Brands,
            e.Classes,
            e.Kind == EntryKind.SubstanceClass ? kb.MembersOf(e.Code).Select(m => m.Code).ToList() : [],
            e.ExpectedDays,
            e.SaferReadings.Select(r => $"{r.Synonym}: {r.Note}").ToList(),
            e.Note,
            [.. kb.RulesUsing(e), .. kb.PracticeFactsUsing(e)],
            e.Sources) { Reactions = e.Reactions }).ToList();
        return new KnowledgeEntryView(query, views, rules) { Facts = facts, Requirements = requirements, Advice = advice, Courses = courses };
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + Environment.NewLine;

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var entry in Entries)
        {
            text.AppendLine($"{entry.Code} ({entry.Kind})");
            Line(text, "synonyms", entry.Synonyms);
            Line(text, "brand names", entry.Brands);
            Line(text, "classes", entry.Classes);
            Line(text, "members", entry.Members);
            if (entry.ExpectedDays is { } days)
            {
                text.AppendLine($"  expected: up to {days.ToString(System.Globalization.CultureInfo.InvariantCulture)} days after the session");
            }

            Line(text, "safer readings", entry.SaferReadings);
            Line(text, "known reactions", entry.Reactions);
            if (entry.Note is not null)
            {
                text.AppendLine($"  note: {entry.Note}");
            }

            Line(text, "used by", entry.UsedBy);
            Line(text, "sources", entry.Sources);
        }

        foreach (var rule in Rules)
        {
            text.AppendLine($"{rule.Code} ({rule.Type} rule, {rule.Outcome})");
            text.AppendLine($"  message: {rule.Message}");
            Line(text, "sources", rule.Sources);
        }

        PracticeFactViews.AppendText(text, Facts);
        foreach (var requirement in Requirements)
        {
            text.AppendLine($"{requirement.Code} (requirement before treatment, {requirement.When})");
            text.AppendLine($"  message: {requirement.Message}");
            if (requirement.Note is not null)
            {
                text.AppendLine($"  note: {requirement.Note}");
            }

            Line(text, "required by", requirement.UsedBy);
            Line(text, "sources", requirement.Sources);
        }

        foreach (var advice in Advice)
        {
            text.AppendLine($"{advice.Code} (advice, {advice.AppliesTo})");
            text.AppendLine($"  text: {advice.Text}");
            Line(text, "sources", advice.Sources);
        }

        foreach (var course in Courses)
        {
            var ci = System.Globalization.CultureInfo.InvariantCulture;
            text.AppendLine($"{course.Code} (course of sessions)");
            text.AppendLine(string.Create(ci, $"  sessions: {course.MinSessions} to {course.MaxSessions}"));
            text.AppendLine(string.Create(ci, $"  interval: {course.MinIntervalDays} to {course.MaxIntervalDays} days at first, then at most {course.MaxLaterIntervalDays} days"));
            text.AppendLine($"  description: {course.Description}");
            if (course.Note is not null)
            {
                text.AppendLine($"  note: {course.Note}");
            }

            Line(text, "used by", course.UsedBy);
            Line(text, "sources", course.Sources);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            text.AppendLine($"  {label}: {string.Join("; ", values)}");
        }
    }
}
