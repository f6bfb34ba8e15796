using System.Globalization;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Clinical.Triage;

/// <summary>Triage as a pure function of (request, knowledge base). Thread-safe. Each symptom gets
/// one finding: the most severe rule that places it (the first in data order among equals); a
/// recognized symptom no rule places is "review", never "expected".</summary>
public sealed class TriageEngine
{
    private static readonly EntryKind[] SymptomKinds = [EntryKind.Symptom];
    private static readonly EntryKind[] QualifierKinds = [EntryKind.SymptomQualifier];

    private readonly CompiledTriageRule[] placing;
    private readonly CompiledTriageRule? temperature;
    private readonly CompiledTriageRule unplaced;
    private readonly CompiledTriageRule unrecognized;
    private readonly CompiledTriageRule unrecognizedSevere;
    private readonly IReadOnlyList<string>[] adviceByLevel;
    private readonly VocabularyMatcher vocabulary;

    public TriageEngine(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        KnowledgeBase = knowledgeBase;
        vocabulary = knowledgeBase.Vocabulary;
        var all = knowledgeBase.TriageRules.Select(r => new CompiledTriageRule(r)).ToArray();
        placing = all.Where(r => r.Rule.Evaluation is not (TriageEvaluations.Unplaced or TriageEvaluations.Unrecognized or TriageEvaluations.UnrecognizedSevere)).ToArray();
        temperature = all.FirstOrDefault(r => r.Rule.Evaluation == TriageEvaluations.Temperature);
        unplaced = Single(all, TriageEvaluations.Unplaced);
        unrecognized = Single(all, TriageEvaluations.Unrecognized);
        unrecognizedSevere = Single(all, TriageEvaluations.UnrecognizedSevere);
        adviceByLevel = Enum.GetValues<TriageLevel>()
            .Select(level => (IReadOnlyList<string>)Array.AsReadOnly(knowledgeBase.Advice
                .Where(a => a.AppliesTo == LevelName(level))
                .Concat(knowledgeBase.Advice.Where(a => a.AppliesTo == "aftercare"))
                .Select(a => a.Text)
                .ToArray()))
            .ToArray();
    }

    public KnowledgeBase KnowledgeBase { get; }

    public TriageResult Evaluate(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var days = request.DaysSinceSession;
        var findings = new List<TriageFinding>();
        var unrecognizedTexts = new List<string>();
        var items = new List<ReportedItem>(request.Symptoms.Count + 2);

        if (temperature is not null && request.TemperatureC is { } measured && measured >= (temperature.Rule.TemperatureC ?? double.MaxValue))
        {
            var subject = "temperature " + measured.ToString("0.0", CultureInfo.InvariantCulture) + " °C";
            findings.Add(Finding(temperature, "temperature", null, subject, false));
        }

        foreach (var reported in request.Symptoms)
        {
            var symptom = Raise(reported, reported.Code);
            var matches = vocabulary.Match(symptom.Code, SymptomKinds);
            if (matches.Count == 0)
            {
                unrecognizedTexts.Add(symptom.Code);
                var rule = symptom.Severity == SymptomSeverity.Severe ? unrecognizedSevere : unrecognized;
                findings.Add(Finding(rule, symptom.Code, null, symptom.Code, false));
                continue;
            }

            foreach (var match in matches)
            {
                items.Add(new ReportedItem(match.Entry, symptom, false));
            }
        }

        // Safer reading: whatever the description names is added as a mild symptom, so that
        // "I can't breathe" in free text is never missed.
        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            foreach (var match in vocabulary.Match(request.Text, SymptomKinds))
            {
                if (!items.Exists(i => i.Code == match.Code))
                {
                    items.Add(new ReportedItem(match.Entry, Raise(new ReportedSymptom { Code = match.Code }, request.Text), true));
                }
            }
        }

        foreach (var item in items)
        {
            CompiledTriageRule? best = null;
            foreach (var rule in placing)
            {
                if ((best is null || rule.Level > best.Level) && Applies(rule, item, items, days))
                {
                    best = rule;
                }
            }

            best ??= unplaced;
            var subject = best.Rule.Evaluation == TriageEvaluations.Temperature ? "reported" : null;
            findings.Add(Finding(best, item.Code, item.Entry, subject, item.FromText));
        }

        var level = TriageLevel.SelfCare;
        foreach (var finding in findings)
        {
            if (finding.Level > level)
            {
                level = finding.Level;
            }
        }

        return new TriageResult
        {
            Id = request.Id,
            Level = level,
            Findings = findings,
            Advice = adviceByLevel[(int)level],
            Unrecognized = unrecognizedTexts,
            KnowledgeBase = KnowledgeBase.Version,
        };
    }

    /// <summary>Safer reading: words that say severe, spreading or worsening ("won't stop", "all
    /// over") raise those flags on the symptom; they never lower what was reported.</summary>
    private ReportedSymptom Raise(ReportedSymptom symptom, string text)
    {
        foreach (var qualifier in vocabulary.Match(text, QualifierKinds))
        {
            symptom = qualifier.Code switch
            {
                "severe" => symptom with { Severity = SymptomSeverity.Severe },
                "spreading" => symptom with { Spreading = true },
                "worsening" => symptom with { Worsening = true },
                _ => symptom,
            };
        }

        return symptom;
    }

    private static bool Applies(CompiledTriageRule compiled, ReportedItem item, List<ReportedItem> items, int days)
    {
        var rule = compiled.Rule;
        if (!compiled.IsAbout(item.Code))
        {
            return false;
        }

        var symptom = item.Symptom;
        var severe = symptom.Severity == SymptomSeverity.Severe;
        var lasting = Math.Max(0, days - symptom.StartedDaysAfterSession);
        return rule.Evaluation switch
        {
            TriageEvaluations.Present or TriageEvaluations.Temperature => true,
            TriageEvaluations.Together => HasPartner(rule, item, items, requireSpreadingOrWorsening: false),
            TriageEvaluations.TogetherSpreadingOrWorsening => HasPartner(rule, item, items, requireSpreadingOrWorsening: true),
            TriageEvaluations.SpreadingOrSevere => symptom.Spreading || severe,
            TriageEvaluations.Severe => severe && !rule.Except.Contains(item.Code),
            TriageEvaluations.SevereOrLastingMoreThan => severe || lasting > rule.Days,
            TriageEvaluations.LastingMoreThan => lasting > rule.Days,
            TriageEvaluations.StartedAtLeast => symptom.StartedDaysAfterSession >= rule.Days,
            TriageEvaluations.WorseningStartedAtLeast => symptom.Worsening && symptom.StartedDaysAfterSession >= rule.Days,
            TriageEvaluations.WorseningAtLeast => symptom.Worsening && days >= rule.Days,
            TriageEvaluations.BeyondExpected => item.Entry.ExpectedDays is { } limit && days > limit,
            TriageEvaluations.Expected => item.Entry.ExpectedDays is { } expected && !severe && days <= expected,
            _ => false,
        };
    }

    private static bool HasPartner(TriageRule rule, ReportedItem item, List<ReportedItem> items, bool requireSpreadingOrWorsening)
    {
        foreach (var other in items)
        {
            if (other.Code == item.Code || !rule.With.Contains(other.Code))
            {
                continue;
            }

            if (!requireSpreadingOrWorsening
                || item.Symptom.Spreading || item.Symptom.Worsening
                || other.Symptom.Spreading || other.Symptom.Worsening)
            {
                return true;
            }
        }

        return false;
    }

    private static TriageFinding Finding(CompiledTriageRule compiled, string symptom, KnowledgeEntry? entry, string? subject, bool fromText)
    {
        var rule = compiled.Rule;
        var name = entry?.Name ?? (entry is null ? symptom : entry.Code.Replace('-', ' '));
        var limit = rule.Days ?? entry?.ExpectedDays;
        var message = rule.Message
            .Replace("{Symptom}", Capitalise(name), StringComparison.Ordinal)
            .Replace("{symptom}", name, StringComparison.Ordinal)
            .Replace("{subject}", subject ?? symptom, StringComparison.Ordinal);
        if (limit is { } days)
        {
            message = message.Replace("{limit}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (fromText)
        {
            message += " (Named in the description.)";
        }

        return new TriageFinding
        {
            Symptom = symptom,
            Rule = rule.Code,
            Level = compiled.Level,
            Expected = rule.Evaluation == TriageEvaluations.Expected,
            Message = message,
            Sources = rule.Sources,
        };
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    private static CompiledTriageRule Single(CompiledTriageRule[] rules, string evaluation) =>
        rules.FirstOrDefault(r => r.Rule.Evaluation == evaluation)
        ?? throw new InvalidDataException($"the knowledge base has no triage rule with evaluation '{evaluation}'");

    private static string LevelName(TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "emergency",
        TriageLevel.Urgent => "urgent",
        TriageLevel.Review => "review",
        _ => "self-care",
    };
}
