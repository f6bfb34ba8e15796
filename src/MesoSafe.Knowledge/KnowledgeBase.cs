using MesoSafe.Knowledge.Loading;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Knowledge;

/// <summary>The versioned clinical knowledge base: every code, synonym, class, rule, expected
/// duration and advice text MesoSafe acts on, each entry with its sources. Immutable once
/// loaded, so one instance is shared by every thread.</summary>
public sealed partial class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(() => Load(KnowledgeBaseLoader.ReadEmbedded(), "embedded data"));

    private readonly Dictionary<(EntryKind, string), KnowledgeEntry> byCode;
    private readonly Dictionary<string, IReadOnlyList<KnowledgeEntry>> members;

    internal KnowledgeBase(
        string version,
        IReadOnlyList<KnowledgeEntry> entries,
        IReadOnlyList<ScreeningRule> screeningRules,
        IReadOnlyList<TriageRule> triageRules,
        IReadOnlyList<Requirement> requirements,
        IReadOnlyList<AdviceText> advice,
        CourseOfSessions? course,
        NormalisationWords normalisation,
        VocabularyMatcher vocabulary,
        EntryReader reader)
    {
        Reader = reader;
        Version = version;
        Entries = entries;
        ScreeningRules = screeningRules;
        TriageRules = triageRules;
        Requirements = requirements;
        Advice = advice;
        Course = course;
        Normalisation = normalisation;
        Vocabulary = vocabulary;
        byCode = entries.ToDictionary(e => (e.Kind, e.Code));
        members = entries.Where(e => e.Kind == EntryKind.SubstanceClass)
            .ToDictionary(
                c => c.Code,
                c => (IReadOnlyList<KnowledgeEntry>)entries.Where(e => e.Kind == EntryKind.Substance && e.Classes.Contains(c.Code)).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The version reported in every result, e.g. "2026.11.1".</summary>
    public string Version { get; }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public IReadOnlyList<ScreeningRule> ScreeningRules { get; }

    public IReadOnlyList<TriageRule> TriageRules { get; }

    public IReadOnlyList<Requirement> Requirements { get; }

    public IReadOnlyList<AdviceText> Advice { get; }

    /// <summary>Sessions and intervals of a course (seed 000); null only in a data folder that declares none.</summary>
    public CourseOfSessions? Course { get; }

    public NormalisationWords Normalisation { get; }

    /// <summary>Free text read whole, every word accounted for (ADR 0104).</summary>
    public EntryReader Reader { get; }

    /// <summary>Free text to codes (synonyms, brand names, safer readings).</summary>
    public VocabularyMatcher Vocabulary { get; }

    /// <summary>Loads and validates the data embedded in this assembly; throws
    /// <see cref="InvalidDataException"/> naming the offending entry when it is invalid.
    /// Loaded once and cached.</summary>
    public static KnowledgeBase LoadEmbedded() => Embedded.Value;

    /// <summary>Loads and validates every *.json file under <paramref name="directory"/>; throws
    /// <see cref="InvalidDataException"/> listing each problem (one a line, naming the entry),
    /// and IO exceptions when the folder cannot be read.</summary>
    public static KnowledgeBase LoadFrom(string directory) => Load(KnowledgeBaseLoader.ReadDirectory(directory), directory);

    /// <summary>Validates a folder without throwing on invalid data (for <c>mesosafe kb lint</c>).</summary>
    public static KnowledgeBaseCheck Check(string directory)
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(KnowledgeBaseLoader.ReadDirectory(directory));
        return new KnowledgeBaseCheck(knowledgeBase, problems);
    }

    /// <summary>Validates the embedded data without throwing.</summary>
    public static KnowledgeBaseCheck CheckEmbedded()
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(KnowledgeBaseLoader.ReadEmbedded());
        return new KnowledgeBaseCheck(knowledgeBase, problems);
    }

    public KnowledgeEntry? Find(EntryKind kind, string code) => byCode.GetValueOrDefault((kind, code));

    /// <summary>Every entry with this code, whatever its kind (the class and the substance "peptides").</summary>
    public IReadOnlyList<KnowledgeEntry> FindAll(string code) => Entries.Where(e => e.Code == code).ToList();

    /// <summary>The substances of a class; empty for an unknown class.</summary>
    public IReadOnlyList<KnowledgeEntry> MembersOf(string classCode) => members.GetValueOrDefault(classCode) ?? [];

    /// <summary>The rules that name this entry, as "screening rule CODE" or "triage rule CODE".</summary>
    public IReadOnlyList<string> RulesUsing(KnowledgeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var code = entry.Code;
        var users = new List<string>();
        foreach (var rule in ScreeningRules)
        {
            var when = rule.When;
            var uses = entry.Kind switch
            {
                EntryKind.Condition => when?.Conditions.Contains(code) == true,
                EntryKind.Medication => when?.Medications.Contains(code) == true,
                EntryKind.Habit => when?.Habits.Contains(code) == true,
                EntryKind.Substance or EntryKind.SubstanceClass => when is not null && (when.Planned.Contains(code) || when.PlannedNone.Contains(code)
                    || entry.Classes.Any(c => when.Planned.Contains(c))),
                EntryKind.Indication => when?.Indications.Contains(code) == true,
                EntryKind.Area => when?.Areas.Contains(code) == true || rule.AreaLimits.Any(l => l.Area == code),
                EntryKind.Technique => rule.Techniques.Contains(code),
                EntryKind.Procedure => rule.Evaluation == ScreeningEvaluations.CombinedProcedure,
                _ => false,
            };
            if (uses)
            {
                users.Add($"screening rule {rule.Code} ({rule.Effect})");
            }
        }

        if (entry.Kind == EntryKind.Symptom)
        {
            foreach (var rule in TriageRules)
            {
                if (rule.Symptoms.Contains(code) || rule.With.Contains(code)
                    || (rule.Symptoms.Count == 0 && !rule.Except.Contains(code)))
                {
                    users.Add($"triage rule {rule.Code} ({rule.Level})");
                }
            }
        }

        return users;
    }

    private static KnowledgeBase Load(IReadOnlyList<(string Name, string Json)> files, string origin)
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(files);
        return knowledgeBase ?? throw new InvalidDataException(
            $"knowledge base in {origin} is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
