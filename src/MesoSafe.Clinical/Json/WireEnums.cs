using MesoSafe.Clinical.Triage;

namespace MesoSafe.Clinical.Json;

/// <summary>Enum values as they are spelled on the wire.</summary>
internal static class WireEnums
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
