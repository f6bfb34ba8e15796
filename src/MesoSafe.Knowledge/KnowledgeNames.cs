namespace MesoSafe.Knowledge;

/// <summary>How entries and kinds are named in messages and in the JSON data ("substance-class").</summary>
public static class KnowledgeNames
{
    public static string Kind(EntryKind kind) => kind switch
    {
        EntryKind.SubstanceClass => "substance-class",
        EntryKind.NoEntry => "no-entry",
        EntryKind.SymptomQualifier => "symptom-qualifier",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Describe(KnowledgeEntry entry) => $"{Kind(entry.Kind)} '{entry.Code}'";
}
