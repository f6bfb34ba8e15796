using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Clinical.Screening;

/// <summary>Maps every entry of a request through the vocabulary. Whatever maps to nothing goes
/// to <see cref="ScreeningContext.Unrecognized"/>; nothing is silently dropped.</summary>
internal sealed class ScreeningRequestReader(KnowledgeBase knowledgeBase)
{

    private static readonly EntryKind[] SubstanceKinds = [EntryKind.Substance];
    private static readonly EntryKind[] AreaKinds = [EntryKind.Area];
    private static readonly EntryKind[] TechniqueKinds = [EntryKind.Technique];
    private static readonly EntryKind[] IndicationKinds = [EntryKind.Indication];
    private static readonly EntryKind[] ProcedureKinds = [EntryKind.Procedure];

    private readonly VocabularyMatcher vocabulary = knowledgeBase.Vocabulary;
    private readonly EntryReader reader = knowledgeBase.Reader;

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
        var allergies = new List<(string Text, List<ReadItem> Items)>(request.Allergies.Count);
        for (var c = 0; c < request.Conditions.Count; c++)
        {
            var text = request.Conditions[c];
            var items = ReadHistory(context, request, text, ReadingField.Conditions, "conditions");

            // Safer reading: an allergy written among the conditions ("allergic to lidocaine") names
            // its substances as allergies, so a planned one is still caught.
            if (NamesAllergy(items))
            {
                context.AllergyHistoryCondition ??= text;
                var named = items.FindAll(i => i.Entry.Kind is EntryKind.Substance or EntryKind.SubstanceClass or EntryKind.Medication);
                if (named.Count > 0)
                {
                    allergies.Add((text, named));
                }
            }
        }

        for (var a = 0; a < request.Allergies.Count; a++)
        {
            var text = request.Allergies[a];
            var items = ReadHistory(context, request, text, ReadingField.Allergies, "allergies", allergy: true);
            if (items.Count > 0)
            {
                allergies.Add((text, items));
            }
        }

        for (var m = 0; m < request.Medications.Count; m++)
        {
            var text = request.Medications[m];
            ReadHistory(context, request, text, ReadingField.Medications, "medications");
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

    private bool NamesAllergy(List<ReadItem> items)
    {
        foreach (var item in items)
        {
            if (item.Entry.Kind == EntryKind.Condition && Array.IndexOf(allergyConditions, item.Entry.Code) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one history entry whole. What it names is added to the history (allergies are
    /// returned for matching against the plan); an entry not wholly read is unrecognized, with its
    /// unread words, and what was read of it still counts (never less severe).</summary>
    private List<ReadItem> ReadHistory(ScreeningContext context, ScreeningRequest request, string text, ReadingField field, string fieldName, bool allergy = false)
    {
        var outcome = reader.Read(text, field, request.Date, request.Patient.BirthDate);
        context.Readings.Add(ReadingAccount.Of(outcome, fieldName));
        // Every word accounted for is a read entry, even one that names nothing the rules use
        // ("gave birth in june, bottle feeding").
        if (!outcome.Accounted)
        {
            context.Unrecognized.Add(text);
            context.Unread.Add(new UnreadEntry(text, ReadingAccount.UnreadWords(outcome)));
        }

        var kept = new List<ReadItem>(outcome.Items.Count);
        var read = outcome.Items;
        for (var r = 0; r < read.Count; r++)
        {
            if (Effective(read[r]) is not { } effective)
            {
                continue;
            }

            kept.Add(effective);
            if (allergy || effective.Entry.Kind is EntryKind.Substance or EntryKind.SubstanceClass)
            {
                continue;
            }

            context.History.Add(new RecognizedEntry(effective.Entry, text, effective.Note));
        }

        return kept;
    }

    /// <summary>A mention as the rules read it: negated or someone else's is dropped; a past one as
    /// its past reading says (kept when the data or the time is silent); hypothetical is kept.</summary>
    private ReadItem? Effective(ReadItem item)
    {
        switch (item.Context)
        {
            case MentionContext.Negated when item.ScopeSure:
            case MentionContext.OtherPerson:
                return null;
            case MentionContext.Past:
                var past = reader.PastReadingOf(item.Entry);
                switch (past?.Reading)
                {
                    case "drop":
                        return null;
                    case "window" when item.ElapsedDays is { } days && days >= past.Days:
                        return null;
                    case "replace" when reader.Find(item.Entry.Kind, past.Code!) is { } replacement:
                        return item with { Entry = replacement, Note = Join(item.Note, $"Read as {replacement.Code.Replace('-', ' ')}: a past mention ('{item.Cue}').") };
                    default:
                        return item with { Note = Join(item.Note, $"A past mention ('{item.Cue}') still counts here.") };
                }

            case MentionContext.Hypothetical:
            case MentionContext.Negated:
                return item with { Note = Join(item.Note, $"Read as present: the words around it ('{item.Cue}') do not rule it out.") };
            default:
                return item;
        }
    }

    private static string? Join(string? first, string second) => first is null ? second : first + " " + second;

    private void AddAll(ScreeningContext context, string text, EntryKind[] kinds, List<RecognizedEntry> target)
    {
        var matches = vocabulary.Match(text, kinds);
        if (matches.Count == 0)
        {
            context.Unrecognized.Add(text);
            return;
        }

        for (var m = 0; m < matches.Count; m++)
        {
            target.Add(new RecognizedEntry(matches[m].Entry, text, matches[m].SaferReading));
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

    private static void ResolveAllergy(ScreeningContext context, string text, List<ReadItem> matches)
    {
        List<string>? hits = null;
        string? saferReading = null;
        var namesSomething = false;
        foreach (var match in matches)
        {
            if (match.Entry.Kind == EntryKind.NoEntry)
            {
                continue;
            }

            namesSomething = true;
            saferReading ??= match.Note;
            foreach (var planned in context.Planned)
            {
                var hit = match.Entry.Kind switch
                {
                    EntryKind.Substance => planned.Code == match.Entry.Code,
                    EntryKind.SubstanceClass => planned.Entry.Classes.Contains(match.Entry.Code),
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
