using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Clinical;

/// <summary>The wire account of a read entry (result field <c>readings</c>).</summary>
internal static class ReadingAccount
{
    public static EntryReading Of(ReadOutcome outcome, string field)
    {
        var items = outcome.Items;
        var terms = new List<ReadTerm>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            terms.Add(new ReadTerm
            {
                Words = item.Words,
                Code = item.Entry.Code,
                Kind = KindName(item.Entry.Kind),
                Context = item.Context == MentionContext.Asserted ? null : ContextName(item.Context),
                Cue = item.Cue,
                Note = item.Note,
            });
        }

        return new EntryReading
        {
            Entry = outcome.Entry,
            Field = field,
            Terms = terms,
            Unread = outcome.Unread,
        };
    }

    /// <summary>The unread words; when nothing at all was read, the entry itself.</summary>
    public static IReadOnlyList<string> UnreadWords(ReadOutcome outcome) =>
        outcome.Unread.Count > 0 || outcome.WhollyRead ? outcome.Unread : [outcome.Entry];

    private static string ContextName(MentionContext context) => context switch
    {
        MentionContext.Negated => "negated",
        MentionContext.Past => "past",
        MentionContext.OtherPerson => "other-person",
        MentionContext.Hypothetical => "hypothetical",
        _ => "asserted",
    };

    // Each kind's wire name made once (an enum's ToString boxes and allocates every time).
    private static readonly Dictionary<EntryKind, string> KindNames =
        Enum.GetValues<EntryKind>().ToDictionary(k => k, Name);

    private static string KindName(EntryKind kind) => KindNames.TryGetValue(kind, out var name) ? name : Name(kind);

    private static string Name(EntryKind kind) => kind switch
    {
        EntryKind.SubstanceClass => "substance-class",
        EntryKind.NoEntry => "no-entry",
        EntryKind.SymptomQualifier => "symptom-qualifier",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
