namespace MesoSafe.Cli.KnowledgeBase;

/// <summary>One rule as <c>kb show</c> prints it; <see cref="Outcome"/> is its effect or level.</summary>
internal sealed record RuleView(string Type, string Code, string Outcome, string Message, IReadOnlyList<string> Sources);
