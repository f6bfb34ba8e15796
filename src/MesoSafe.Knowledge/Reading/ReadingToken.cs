namespace MesoSafe.Knowledge.Reading;

/// <summary>What separates a word from the one before it.</summary>
internal enum Boundary
{
    None,
    Comma,
    Sentence,
}

/// <summary>One word of an entry: as written, folded, and its lookup keys.</summary>
internal sealed class ReadingToken
{
    public required string Text { get; init; }

    public required string Key { get; set; }

    public required string[] Keys
    {
        get => keys;
        set
        {
            keys = value;
            // Another spelling: the lexicon's word ids of the written form no longer apply.
            Lookup = null;
            Form = null;
        }
    }

    /// <summary>The written form this token was made from (null once the keys are changed).</summary>
    internal WordForm? Form { get; set; }

    /// <summary>What a lexicon found for these keys (word ids), remembered for the token.</summary>
    internal LexiconLookup? Lookup { get; set; }

    private string[] keys = [];

    public required Boundary Before { get; init; }

    public bool Numeric { get; init; }

    public bool Arabic { get; init; }

    /// <summary>Set when the word was read as another spelling ("xeralto" as "xarelto").</summary>
    public string? CorrectedFrom { get; set; }
}

/// <summary>Splits an entry into words: letters and digits (a decimal point or comma inside a
/// number stays), apostrophes dropped inside a word ("can't" = "cant"), Arabic and Latin letters
/// apart; punctuation marks clause (",", "-", "/", "+", "&amp;") and sentence (". ! ? ; :") breaks.
/// Emoji and other symbols are not words.</summary>
internal static class ReadingTokeniser
{
    public static List<ReadingToken> Tokenise(string text)
    {
        var tokens = new List<ReadingToken>();
        var boundary = Boundary.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!TextFolding.IsWordChar(c))
            {
                var spaced = (i > 0 && char.IsWhiteSpace(text[i - 1])) || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
                boundary = Max(boundary, c switch
                {
                    '-' or '/' when !spaced => Boundary.None,
                    '.' or '!' or '?' or ';' or ':' or '\u061F' or '\u061B' or '\n' or '\r' or '\u06D4' => Boundary.Sentence,
                    ',' or '\u060C' or '-' or '\u2013' or '\u2014' or '/' or '+' or '&' or '(' or ')' or '[' or ']' => Boundary.Comma,
                    _ => Boundary.None,
                });
                i++;
                continue;
            }

            var start = i;
            var arabic = TextFolding.IsArabic(c) && !char.IsDigit(c);
            var digitStart = char.IsDigit(c);
            while (i < text.Length)
            {
                var d = text[i];
                if (TextFolding.IsWordChar(d))
                {
                    var dArabic = TextFolding.IsArabic(d) && !char.IsDigit(d);
                    if (dArabic != arabic && char.IsLetter(d))
                    {
                        break;
                    }

                    i++;
                    continue;
                }

                // A decimal point or comma between digits; an apostrophe between letters.
                if (i + 1 < text.Length && i > start)
                {
                    var next = text[i + 1];
                    if (d is '.' or ',' or '\u066B' && char.IsDigit(text[i - 1]) && char.IsDigit(next))
                    {
                        i++;
                        continue;
                    }

                    if (d is '\'' or '\u2019' or '`' && char.IsLetter(text[i - 1]) && char.IsLetter(next))
                    {
                        i++;
                        continue;
                    }
                }

                break;
            }

            var form = FormOf(text.AsSpan(start, i - start));
            if (form.Key.Length > 0)
            {
                tokens.Add(new ReadingToken
                {
                    Text = form.Text,
                    Key = form.Key,
                    Keys = form.Keys,
                    Form = form,
                    Lookup = form.Lookup,
                    Before = tokens.Count == 0 ? Boundary.None : boundary,
                    Numeric = digitStart,
                    Arabic = arabic,
                });
            }

            boundary = Boundary.None;
        }

        return tokens;
    }

    private static Boundary Max(Boundary a, Boundary b) => a > b ? a : b;

    private const int FormCacheLimit = 100_000;
    private const int FormCacheWordLimit = 32;

    // Words repeat across entries ("and", "taking", "xarelto"): each written form is folded and
    // varied once and its strings shared (bounded; the strings are immutable, so sharing is safe).
    // One table a thread: a plain dictionary's look-up is cheaper than a concurrent one's, and this
    // runs for every word read.
    [ThreadStatic]
    private static Dictionary<string, WordForm>? forms;

    private static WordForm FormOf(ReadOnlySpan<char> word)
    {
        if (word.Length > FormCacheWordLimit)
        {
            return NewForm(word);
        }

        var known = forms ??= new Dictionary<string, WordForm>(StringComparer.Ordinal);
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var form))
        {
            return form;
        }

        form = NewForm(word);
        if (known.Count < FormCacheLimit)
        {
            known.Add(form.Text, form);
        }

        return form;
    }

    private static WordForm NewForm(ReadOnlySpan<char> word)
    {
        var folded = TextFolding.Fold(word).Replace(',', '.');
        return new WordForm(word.ToString(), folded, folded.Length > 0 ? TextFolding.Variants(folded) : []);
    }

}

/// <summary>A written word folded and varied once, shared by every token of it. <see cref="Lookup"/>
/// remembers what the lexicon found for it (its word ids), so a word costs one search per lexicon.</summary>
internal sealed record WordForm(string Text, string Key, string[] Keys)
{
    public LexiconLookup? Lookup { get; set; }
}

/// <summary>A lexicon's word ids for a token's keys (-1: not a phrase word) and whether it knows the
/// word at all; valid for that lexicon and version only. Immutable, so it is shared across threads.</summary>
internal sealed class LexiconLookup(object lexicon, int version, int[] ids, bool known)
{
    public object Lexicon { get; } = lexicon;

    public int Version { get; } = version;

    public int[] Ids { get; } = ids;

    public bool Known { get; } = known;
}
