using MesoSafe.Knowledge;
using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Clinical;

/// <summary>The wire account of a read entry (result field <c>readings</c>).</summary>
internal static class ReadingAccount
{
    public static EntryReading Of(ReadOutcome outcome, string field) => new()
    {
        Entry = outcome.Entry,
        Field = field,
        Terms = outcome.Items.Select(i => new ReadTerm
        {
            Words = i.Words,
            Code = i.Entry.Code,
            Kind = KindName(i.Entry.Kind),
            Context = i.Context == MentionContext.Asserted ? null : ContextName(i.Context),
            Cue = i.Cue,
            Note = i.Note,
        }).ToList(),
        Unread = outcome.Unread,
    };

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

    private static string KindName(EntryKind kind) => kind switch
    {
        EntryKind.SubstanceClass => "substance-class",
        EntryKind.NoEntry => "no-entry",
        EntryKind.SymptomQualifier => "symptom-qualifier",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
