namespace MesoSafe.Knowledge;

/// <summary>What a vocabulary entry names. Codes are unique within a kind, not across kinds
/// (the class <c>peptides</c> and the substance <c>peptides</c> are two entries).</summary>
public enum EntryKind
{
    Condition,
    Medication,
    Habit,
    Substance,
    SubstanceClass,
    Indication,
    Area,
    Technique,
    Procedure,
    Symptom,

    /// <summary>"none", "no known allergies": recognized, and names nothing.</summary>
    NoEntry,

    /// <summary>Words in a symptom that raise its severity or mark it spreading or worsening
    /// ("won't stop", "all over"); codes <c>severe</c>, <c>spreading</c>, <c>worsening</c>.</summary>
    SymptomQualifier,
}
