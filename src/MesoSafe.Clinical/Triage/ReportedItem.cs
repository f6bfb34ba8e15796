using MesoSafe.Knowledge;

namespace MesoSafe.Clinical.Triage;

/// <summary>A reported symptom mapped to its knowledge-base entry. <see cref="FromText"/>: found
/// in the free-text description rather than in the symptom list.</summary>
internal sealed record ReportedItem(KnowledgeEntry Entry, ReportedSymptom Symptom, bool FromText)
{
    public string Code => Entry.Code;
}
