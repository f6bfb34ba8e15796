using MesoSafe.Knowledge;

namespace MesoSafe.Clinical.Screening;

/// <summary>A request entry mapped to a knowledge-base entry, with the safer-reading note when
/// an ambiguous word was read as the more severe candidate.</summary>
internal readonly record struct RecognizedEntry(KnowledgeEntry Entry, string Input, string? SaferReading)
{
    public string Code => Entry.Code;
}
