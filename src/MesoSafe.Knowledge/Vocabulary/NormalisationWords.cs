namespace MesoSafe.Knowledge.Vocabulary;

/// <summary>Words dropped before matching (clinical-rules.md, Clarification 1).</summary>
public sealed record NormalisationWords
{
    public IReadOnlyList<string> Units { get; init; } = [];

    public IReadOnlyList<string> Forms { get; init; } = [];

    public IReadOnlyList<string> Frequencies { get; init; } = [];

    public IReadOnlyList<string> Salts { get; init; } = [];

    public IReadOnlyList<string> Fillers { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];
}
