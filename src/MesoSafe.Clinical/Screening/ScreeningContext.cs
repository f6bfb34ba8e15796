using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Clinical.Screening;

/// <summary>A request with every entry mapped to codes: what the rules read.</summary>
internal sealed class ScreeningContext
{
    /// <summary>Conditions, medications and habits (from any list that names them).</summary>
    public List<RecognizedEntry> History { get; } = [];

    /// <summary>Planned substances plus the anaesthetic (Clarification 4).</summary>
    public List<RecognizedEntry> Planned { get; } = [];

    public List<RecognizedEntry> Areas { get; } = [];

    public KnowledgeEntry? Indication { get; set; }

    public KnowledgeEntry? Technique { get; set; }

    /// <summary>True when a technique was given but could not be mapped.</summary>
    public bool TechniqueUnrecognized { get; set; }

    public List<AllergyMatch> Allergies { get; } = [];

    /// <summary>Input of the condition entry that named allergy-history, if any.</summary>
    public string? AllergyHistoryCondition { get; set; }

    public List<string> Unrecognized { get; } = [];

    /// <summary>Each unrecognized history entry with its unread words.</summary>
    public List<UnreadEntry> Unread { get; } = [];

    /// <summary>How each history entry was read.</summary>
    public List<EntryReading> Readings { get; } = [];

    public bool HasPlanned(string code)
    {
        foreach (var item in Planned)
        {
            if (item.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}
