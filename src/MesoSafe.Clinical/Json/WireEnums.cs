using MesoSafe.Clinical.Triage;

namespace MesoSafe.Clinical.Json;

/// <summary>Enum values as they are spelled on the wire; the one parser of each, used by the wire
/// layer, the records API and the forms alike.</summary>
public static class WireEnums
{
    /// <summary>Accepts any capitalisation ("Severe"), as people type it.</summary>
    public static bool TryParseSeverity(string text, out SymptomSeverity severity)
    {
        if (text.Equals("mild", StringComparison.OrdinalIgnoreCase))
        {
            severity = SymptomSeverity.Mild;
            return true;
        }

        if (text.Equals("moderate", StringComparison.OrdinalIgnoreCase))
        {
            severity = SymptomSeverity.Moderate;
            return true;
        }

        if (text.Equals("severe", StringComparison.OrdinalIgnoreCase))
        {
            severity = SymptomSeverity.Severe;
            return true;
        }

        severity = SymptomSeverity.Mild;
        return false;
    }
}
