using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Clinical.Screening;

/// <summary>Maps every entry of a request through the vocabulary. Whatever maps to nothing goes
/// to <see cref="ScreeningContext.Unrecognized"/>; nothing is silently dropped.</summary>
internal sealed class ScreeningRequestReader(KnowledgeBase knowledgeBase)
{
    private static readonly EntryKind[] ConditionKinds = [EntryKind.Condition, EntryKind.Medication, EntryKind.Habit, EntryKind.NoEntry];
    private static readonly EntryKind[] MedicationKinds = [EntryKind.Medication, EntryKind.Condition, EntryKind.Habit, EntryKind.NoEntry];

    // Clarification 2: substances and classes before medications. A class before a substance of the
    // same words, because the class holds the substance ("peptides").
    private static readonly EntryKind[] AllergyKinds = [EntryKind.SubstanceClass, EntryKind.Substance, EntryKind.Medication, EntryKind.NoEntry];
    private static readonly EntryKind[] AllergyFallbackKinds = [EntryKind.Condition];
    private static readonly EntryKind[] SubstanceKinds = [EntryKind.Substance];
    private static readonly EntryKind[] AreaKinds = [EntryKind.Area];
    private static readonly EntryKind[] TechniqueKinds = [EntryKind.Technique];
    private static readonly EntryKind[] IndicationKinds = [EntryKind.Indication];
    private static readonly EntryKind[] ProcedureKinds = [EntryKind.Procedure];

    private readonly VocabularyMatcher vocabulary = knowledgeBase.Vocabulary;

    // The conditions that say "allergic" are those the allergy-history rule names in the data.
    private readonly string[] allergyConditions = knowledgeBase.ScreeningRules
        .Where(r => r.Evaluation == ScreeningEvaluations.AllergyHistory)
        .SelectMany(r => r.When?.Conditions ?? [])
        .ToArray();
    private readonly KnowledgeEntry? smoker = knowledgeBase.Find(EntryKind.Habit, "smoker");
    private readonly KnowledgeEntry? alcohol = knowledgeBase.Find(EntryKind.Habit, "alcohol");

    public ScreeningContext Read(ScreeningRequest request)
    {
        var context = new ScreeningContext();
        foreach (var text in request.Conditions)
        {
            AddHistory(context, text, ConditionKinds);
        }

        var allergies = new List<(string Text, IReadOnlyList<VocabularyMatch> Matches)>(request.Allergies.Count);

        // Safer reading: an allergy written among the conditions ("allergic to lidocaine") is also
        // matched as an allergy, so a planned substance it names is still caught.
        if (context.AllergyHistoryCondition is { } allergyCondition)
        {
            var named = vocabulary.Match(allergyCondition, AllergyKinds);
            if (named.Count > 0)
            {
                allergies.Add((allergyCondition, named));
            }
        }
        foreach (var text in request.Allergies)
        {
            var matches = MatchAllergy(text);
            if (matches.Count == 0)
            {
                context.Unrecognized.Add(text);
            }
            else
            {
                allergies.Add((text, matches));
            }
        }

        foreach (var text in request.Medications)
        {
            AddHistory(context, text, MedicationKinds);
        }

        if (request.Habits.Smoker && smoker is not null)
        {
            context.History.Add(new RecognizedEntry(smoker, "smoker", null));
        }

        if (request.Habits.Alcohol && alcohol is not null)
        {
            context.History.Add(new RecognizedEntry(alcohol, "alcohol", null));
        }

        var plan = request.Plan;
        if (!string.IsNullOrWhiteSpace(plan.Indication))
        {
            context.Indication = First(context, plan.Indication, IndicationKinds);
        }

        foreach (var text in plan.Areas)
        {
            AddAll(context, text, AreaKinds, context.Areas);
        }

        foreach (var text in plan.Substances)
        {
            AddAll(context, text, SubstanceKinds, context.Planned);
        }

        if (!string.IsNullOrWhiteSpace(plan.Anesthetic))
        {
            AddAll(context, plan.Anesthetic, SubstanceKinds, context.Planned);
        }

        if (!string.IsNullOrWhiteSpace(plan.Technique))
        {
            context.Technique = First(context, plan.Technique, TechniqueKinds);
            context.TechniqueUnrecognized = context.Technique is null;
        }

        foreach (var text in plan.CombinedWith)
        {
            First(context, text, ProcedureKinds);
        }

        // Allergies are resolved once the whole plan is known (Clarifications 3 and 4).
        foreach (var (text, matches) in allergies)
        {
            ResolveAllergy(context, text, matches);
        }

        return context;
    }

    private IReadOnlyList<VocabularyMatch> MatchAllergy(string text)
    {
        var matches = vocabulary.Match(text, AllergyKinds);

        // Not a substance, class or medication: "hay fever" or "eczema" still say the patient is allergic.
        return matches.Count > 0 ? matches : vocabulary.Match(text, AllergyFallbackKinds);
    }

    private void AddHistory(ScreeningContext context, string text, EntryKind[] kinds)
    {
        var matches = vocabulary.Match(text, kinds);
        if (matches.Count == 0)
        {
            context.Unrecognized.Add(text);
            return;
        }

        foreach (var match in matches)
        {
            if (match.Kind == EntryKind.NoEntry)
            {
                continue;
            }

            if (match.Kind == EntryKind.Condition && Array.IndexOf(allergyConditions, match.Code) >= 0)
            {
                context.AllergyHistoryCondition ??= text;
            }

            context.History.Add(new RecognizedEntry(match.Entry, text, match.SaferReading));
        }
    }

    private void AddAll(ScreeningContext context, string text, EntryKind[] kinds, List<RecognizedEntry> target)
    {
        var matches = vocabulary.Match(text, kinds);
        if (matches.Count == 0)
        {
            context.Unrecognized.Add(text);
            return;
        }

        foreach (var match in matches)
        {
            target.Add(new RecognizedEntry(match.Entry, text, match.SaferReading));
        }
    }

    private KnowledgeEntry? First(ScreeningContext context, string text, EntryKind[] kinds)
    {
        var matches = vocabulary.Match(text, kinds);
        if (matches.Count == 0)
        {
            context.Unrecognized.Add(text);
            return null;
        }

        return matches[0].Entry;
    }

    private static void ResolveAllergy(ScreeningContext context, string text, IReadOnlyList<VocabularyMatch> matches)
    {
        List<string>? hits = null;
        string? saferReading = null;
        var namesSomething = false;
        foreach (var match in matches)
        {
            if (match.Kind == EntryKind.NoEntry)
            {
                continue;
            }

            namesSomething = true;
            saferReading ??= match.SaferReading;
            foreach (var planned in context.Planned)
            {
                var hit = match.Kind switch
                {
                    EntryKind.Substance => planned.Code == match.Code,
                    EntryKind.SubstanceClass => planned.Entry.Classes.Contains(match.Code),
                    _ => false,
                };
                if (hit && (hits is null || !hits.Contains(planned.Code)))
                {
                    (hits ??= []).Add(planned.Code);
                }
            }
        }

        if (namesSomething)
        {
            context.Allergies.Add(new AllergyMatch(text, hits ?? (IReadOnlyList<string>)[], saferReading));
        }
    }
}
