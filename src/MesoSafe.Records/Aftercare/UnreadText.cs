using MesoSafe.Clinical.Triage;

namespace MesoSafe.Records.Aftercare;

/// <summary>What of a check-in nobody could read: the entries not wholly read (<c>unrecognized</c>)
/// and the words left unread in them (<c>unread</c>). Either one makes the check-in a person's work today.</summary>
public static class UnreadText
{
    public static bool In(TriageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Unrecognized.Count > 0 || result.Unread.Count > 0;
    }

    /// <summary>One phrase an entry: its unread words as written, or the whole entry when the reader
    /// did not say which words it could not read.</summary>
    public static IReadOnlyList<string> Of(TriageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var phrases = new List<string>();
        foreach (var entry in result.Unread)
        {
            phrases.Add(entry.Words.Count > 0 ? string.Join(' ', entry.Words) : entry.Entry);
        }

        foreach (var entry in result.Unrecognized)
        {
            if (!result.Unread.Any(u => string.Equals(u.Entry, entry, StringComparison.Ordinal)))
            {
                phrases.Add(entry);
            }
        }

        return [.. phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal)];
    }
}
