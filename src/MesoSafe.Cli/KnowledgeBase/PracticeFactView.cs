namespace MesoSafe.Cli.KnowledgeBase;

/// <summary>One practice fact as <c>kb show</c> prints it: a consent risk, an asepsis step, a
/// check-in quick pick or one of the charting rules, with what it says and its sources.</summary>
internal sealed record PracticeFactView(string Type, string Code, string Text, IReadOnlyList<string> Details, IReadOnlyList<string> Sources);
