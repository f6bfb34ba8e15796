namespace MesoSafe.Knowledge;

/// <summary>The versioned clinical knowledge base: every code, synonym, class, rule, expected
/// duration and advice text MesoSafe acts on, each entry with its sources.</summary>
public sealed class KnowledgeBase
{
    private KnowledgeBase(string version) => Version = version;

    /// <summary>The version reported in every result, e.g. "2026.11.1".</summary>
    public string Version { get; }

    /// <summary>Loads and validates the data embedded in this assembly; throws
    /// <see cref="InvalidDataException"/> naming the offending entry when it is invalid.</summary>
    public static KnowledgeBase LoadEmbedded() => throw new NotImplementedException();
}
