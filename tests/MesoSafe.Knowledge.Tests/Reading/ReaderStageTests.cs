using MesoSafe.Knowledge.Reading;

namespace MesoSafe.Knowledge.Tests.Reading;

/// <summary>Shared reading for the stage tables: the embedded reader, a request dated 2026-11-22
/// and a patient born 1990-05-01, as in the screening test requests.</summary>
internal static class Reader
{
    public static readonly DateOnly On = new(2026, 11, 22);

    private static readonly DateOnly BirthDate = new(1990, 5, 1);

    public static ReadOutcome Read(string text, ReadingField field) =>
        KnowledgeBase.LoadEmbedded().Reader.Read(text, field, On, BirthDate);

    /// <summary>The codes read, in order, each with its context when not asserted ("aspirin/negated").</summary>
    public static string Codes(ReadOutcome outcome) =>
        string.Join(" ", outcome.Items.Select(i => i.Context == MentionContext.Asserted ? i.Entry.Code : $"{i.Entry.Code}/{Kebab(i.Context)}"));

    private static string Kebab(MentionContext context) => context switch
    {
        MentionContext.Negated => "negated",
        MentionContext.Past => "past",
        MentionContext.OtherPerson => "other-person",
        MentionContext.Hypothetical => "hypothetical",
        _ => "asserted",
    };
}
