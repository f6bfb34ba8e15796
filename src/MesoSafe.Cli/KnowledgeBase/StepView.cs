namespace MesoSafe.Cli.KnowledgeBase;

/// <summary>A requirement (a step before treatment) as <c>kb show</c> prints it. <see cref="When"/>:
/// "every screening", "first session" or "when a finding requires it"; <see cref="UsedBy"/>: the
/// screening rules that require it.</summary>
internal sealed record RequirementView(string Code, string When, string Message, string? Note, IReadOnlyList<string> UsedBy, IReadOnlyList<string> Sources);

/// <summary>One advice text as <c>kb show</c> prints it; <see cref="AppliesTo"/> is when it is given.</summary>
internal sealed record AdviceView(string Code, string AppliesTo, string Text, IReadOnlyList<string> Sources);

/// <summary>The course of sessions as <c>kb show</c> prints it.</summary>
internal sealed record CourseView(
    string Code,
    int MinSessions,
    int MaxSessions,
    int MinIntervalDays,
    int MaxIntervalDays,
    int MaxLaterIntervalDays,
    string Description,
    string? Note,
    IReadOnlyList<string> UsedBy,
    IReadOnlyList<string> Sources);
