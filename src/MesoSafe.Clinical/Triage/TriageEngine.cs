using System.Globalization;
using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Clinical.Triage;

/// <summary>Triage as a pure function of (request, knowledge base). Thread-safe. Each symptom gets
/// one finding: the most severe rule that places it (the first in data order among equals); a
/// recognized symptom no rule places is "review", never "expected".</summary>
public sealed class TriageEngine
{

    private readonly CompiledTriageRule[] placing;
    private readonly CompiledTriageRule? temperature;
    private readonly CompiledTriageRule unplaced;
    private readonly CompiledTriageRule unrecognized;
    private readonly CompiledTriageRule unrecognizedSevere;
    private readonly TriageAdvice advice;
    private readonly EntryReader reader;
    private readonly HashSet<string> vascularCodes;

    public TriageEngine(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        KnowledgeBase = knowledgeBase;
        reader = knowledgeBase.Reader;
        advice = new TriageAdvice(knowledgeBase.Advice);
        var all = knowledgeBase.TriageRules.Select(r => new CompiledTriageRule(r)).ToArray();
        placing = all.Where(r => r.Rule.Evaluation is not (TriageEvaluations.Unplaced or TriageEvaluations.Unrecognized or TriageEvaluations.UnrecognizedSevere)).ToArray();
        temperature = all.FirstOrDefault(r => r.Rule.Evaluation == TriageEvaluations.Temperature);
        unplaced = Single(all, TriageEvaluations.Unplaced);
        unrecognized = Single(all, TriageEvaluations.Unrecognized);
        unrecognizedSevere = Single(all, TriageEvaluations.UnrecognizedSevere);
        vascularCodes = all.Where(r => r.Rule.Code == "vascular-compromise").SelectMany(r => r.Rule.Symptoms).ToHashSet(StringComparer.Ordinal);
    }

    public KnowledgeBase KnowledgeBase { get; }

    public TriageResult Evaluate(TriageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var days = request.DaysSinceSession;
        var findings = new List<TriageFinding>();
        var unrecognizedTexts = new List<string>();
        var unread = new List<UnreadEntry>();
        var readings = new List<EntryReading>(request.Symptoms.Count + 1);
        var items = new List<ReportedItem>(request.Symptoms.Count + 2);

        if (temperature is not null && request.TemperatureC is { } measured && measured >= (temperature.Rule.TemperatureC ?? double.MaxValue))
        {
            var subject = "temperature " + measured.ToString("0.0", CultureInfo.InvariantCulture) + " °C";
            findings.Add(Finding(temperature, "temperature", null, subject, false));
        }

        // Every entry is read whole first (the symptoms, then the description), so a negation in one
        // place never removes what another place asserts.
        var outcomes = new List<(ReportedSymptom Symptom, ReadOutcome Outcome, bool FromText)>(request.Symptoms.Count + 1);
        foreach (var reported in request.Symptoms)
        {
            var outcome = reader.Read(reported.Code, ReadingField.Symptoms);
            outcomes.Add((Raise(reported, outcome), outcome, false));
            readings.Add(ReadingAccount.Of(outcome, "symptoms"));
        }

        if (!string.IsNullOrWhiteSpace(request.Text))
        {
            var outcome = reader.Read(request.Text, ReadingField.Symptoms);
            outcomes.Add((Raise(new ReportedSymptom { Code = request.Text }, outcome), outcome, true));
            readings.Add(ReadingAccount.Of(outcome, "text"));
        }

        var asserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, outcome, _) in outcomes)
        {
            foreach (var item in outcome.Items)
            {
                if (Counts(item, null))
                {
                    asserted.Add(item.Entry.Code);
                }
            }
        }

        foreach (var (symptom, outcome, fromText) in outcomes)
        {
            if (!outcome.WhollyRead)
            {
                unrecognizedTexts.Add(outcome.Entry);
                var words = ReadingAccount.UnreadWords(outcome);
                unread.Add(new UnreadEntry(outcome.Entry, words));
                var rule = symptom.Severity == SymptomSeverity.Severe ? unrecognizedSevere : unrecognized;
                findings.Add(Finding(rule, outcome.Entry, null, string.Join(", ", words), false));
            }

            foreach (var item in outcome.Items)
            {
                if (!Counts(item, asserted) || items.Exists(i => i.Code == item.Entry.Code && (fromText || !i.FromText)))
                {
                    continue;
                }

                items.RemoveAll(i => i.Code == item.Entry.Code && i.FromText && !fromText);
                items.Add(new ReportedItem(item.Entry, fromText ? symptom with { Code = item.Entry.Code } : symptom, fromText));
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
            Advice = advice.For(level, unread, items.Exists(i => vascularCodes.Contains(i.Code))),
            Unrecognized = unrecognizedTexts,
            Unread = unread,
            Readings = readings,
            KnowledgeBase = KnowledgeBase.Version,
        };
    }

    /// <summary>Whether a mention counts. Someone else's does not; a negated one does not when the
    /// negation's scope is sure and nothing in the report asserts the same symptom (a negation never
    /// lowers what the report says elsewhere). Past and hypothetical mentions count: a symptom that
    /// has passed ("fainted yesterday, fine now") is still reported.</summary>
    private static bool Counts(ReadItem item, HashSet<string>? asserted) => item.Context switch
    {
        MentionContext.OtherPerson => false,
        MentionContext.Negated => !item.ScopeSure || (asserted?.Contains(item.Entry.Code) ?? false),
        _ => true,
    };

    /// <summary>Safer reading: words that say severe, spreading or worsening ("won't stop", "all
    /// over") raise those flags on the symptom; they never lower what was reported.</summary>
    private static ReportedSymptom Raise(ReportedSymptom symptom, ReadOutcome outcome) => symptom with
    {
        Severity = outcome.Severe ? SymptomSeverity.Severe : symptom.Severity,
        Spreading = symptom.Spreading || outcome.Spreading,
        Worsening = symptom.Worsening || outcome.Worsening,
    };

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
}
