using System.Text;
using System.Text.Json;
using MesoSafe.Knowledge;

namespace MesoSafe.Cli.KnowledgeBase;

/// <summary>What <c>kb show</c> prints: the entries with a code (or that a synonym names) and the
/// rules and practice facts with that code.</summary>
internal sealed record KnowledgeEntryView(string Query, IReadOnlyList<EntryView> Entries, IReadOnlyList<RuleView> Rules)
{
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
        if (entries.Count == 0 && rules.Count == 0 && facts.Count == 0)
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
            e.Sources)).ToList();
        return new KnowledgeEntryView(query, views, rules) { Facts = facts };
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
