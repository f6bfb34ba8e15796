using MesoSafe.Knowledge.Practice;
using MesoSafe.Knowledge.Reading;
using MesoSafe.Knowledge.Rules;
using MesoSafe.Knowledge.Vocabulary;

namespace MesoSafe.Knowledge.Loading;

/// <summary>The shape of one data file; a knowledge base is the union of its files.</summary>
internal sealed record KnowledgeFile
{
    public string? Version { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<KnowledgeEntry> Entries { get; init; } = [];

    public IReadOnlyList<ScreeningRule> ScreeningRules { get; init; } = [];

    public IReadOnlyList<TriageRule> TriageRules { get; init; } = [];

    public IReadOnlyList<Requirement> Requirements { get; init; } = [];

    public IReadOnlyList<AdviceText> Advice { get; init; } = [];

    /// <summary>The course of sessions (one file declares it).</summary>
    public CourseOfSessions? Course { get; init; }

    public NormalisationWords? Normalisation { get; init; }

    /// <summary>One language's reading words (ADR 0104).</summary>
    public LexiconData? Lexicon { get; init; }

    public IReadOnlyList<Composition> Compositions { get; init; } = [];

    public IReadOnlyList<PastReading> PastReadings { get; init; } = [];

    public IReadOnlyList<EntryGroup> EntryGroups { get; init; } = [];

    /// <summary>Charting: minimum interval, check-in days, depth rule, anaesthetic class, asepsis.</summary>
    public ChartingRules? Charting { get; init; }

    public IReadOnlyList<ConsentRisk> ConsentRisks { get; init; } = [];

    public IReadOnlyList<CheckInQuickPick> CheckInQuickPicks { get; init; } = [];
    public IReadOnlyList<SaferReadingYield> Yields { get; init; } = [];
}
