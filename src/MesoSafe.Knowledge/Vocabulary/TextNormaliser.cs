using System.Buffers;

namespace MesoSafe.Knowledge.Vocabulary;

/// <summary>Turns an entry into lower-case words separated by single spaces, without doses,
/// strengths, units, forms, frequencies, salts, bracketed notes or filler words
/// (clinical-rules.md, Clarification 1). Synonyms and input pass through the same function,
/// so "Warfarin sodium 5mg tablet" and "warfarin" meet as "warfarin". Numbers that carry no
/// unit stay ("type 1 diabetes", "omega 3").</summary>
public sealed class TextNormaliser
{
    private const int StackLimit = 256;

    private readonly HashSet<string> units;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> unitLookup;
    private readonly HashSet<string> removable;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> removableLookup;
    private readonly int maxRemovableTokens;

    public TextNormaliser(NormalisationWords words)
    {
        units = new HashSet<string>(StringComparer.Ordinal);
        removable = new HashSet<string>(StringComparer.Ordinal);
        unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
        removableLookup = removable.GetAlternateLookup<ReadOnlySpan<char>>();

        foreach (var unit in words.Units)
        {
            units.Add(RawWords(unit));
        }

        foreach (var phrase in words.Forms.Concat(words.Frequencies).Concat(words.Salts).Concat(words.Fillers))
        {
            var raw = RawWords(phrase);
            if (raw.Length == 0)
            {
                continue;
            }

            removable.Add(raw);
            maxRemovableTokens = Math.Max(maxRemovableTokens, raw.Count(c => c == ' ') + 1);
        }
    }

    /// <summary>The normalised form of <paramref name="text"/> ("" when nothing is left).</summary>
    public string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = BufferLength(text.Length);
        var capacity = TokenCapacity(text.Length);
        char[] rented = ArrayPool<char>.Shared.Rent(length * 2);
        int[] bounds = ArrayPool<int>.Shared.Rent(capacity * 4);
        try
        {
            var output = rented.AsSpan(length, length);
            var count = Normalise(text, rented.AsSpan(0, length), output, bounds.AsSpan(0, capacity * 4));
            return count == 0 ? "" : new string(output[..bounds[(capacity * 3) + count - 1]]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    /// <summary>Allocation-free form: writes the words to <paramref name="output"/> separated by
    /// single spaces and returns the word count. Both char buffers hold <see cref="BufferLength"/>
    /// characters; <paramref name="bounds"/> holds 4 * <see cref="TokenCapacity"/> ints, and word i
    /// of the output spans [bounds[2c + i], bounds[3c + i]) where c is the capacity.</summary>
    internal int Normalise(ReadOnlySpan<char> input, Span<char> scratch, Span<char> output, Span<int> bounds)
    {
        var capacity = bounds.Length / 4;
        var rawStarts = bounds[..capacity];
        var rawEnds = bounds.Slice(capacity, capacity);
        var starts = bounds.Slice(capacity * 2, capacity);
        var ends = bounds.Slice(capacity * 3, capacity);
        var rawCount = Tokenise(input, scratch, rawStarts, rawEnds);

        var written = 0;
        var count = 0;
        var i = 0;
        while (i < rawCount)
        {
            var token = scratch[rawStarts[i]..rawEnds[i]];
            if (char.IsAsciiDigit(token[0]))
            {
                var numberEnd = 0;
                while (numberEnd < token.Length && (char.IsAsciiDigit(token[numberEnd]) || token[numberEnd] == '.'))
                {
                    numberEnd++;
                }

                var suffix = token[numberEnd..];
                if (suffix.IsEmpty && i + 1 < rawCount && unitLookup.Contains(scratch[rawStarts[i + 1]..rawEnds[i + 1]]))
                {
                    i += 2;
                    continue;
                }

                if (!suffix.IsEmpty && unitLookup.Contains(suffix))
                {
                    i++;
                    continue;
                }
            }
            else
            {
                var skip = RemovablePhraseLength(scratch, rawStarts, rawEnds, i, rawCount);
                if (skip > 0)
                {
                    i += skip;
                    continue;
                }
            }

            if (written > 0)
            {
                output[written++] = ' ';
            }

            starts[count] = written;
            token.CopyTo(output[written..]);
            written += token.Length;
            ends[count] = written;
            count++;
            i++;
        }

        return count;
    }

    private int RemovablePhraseLength(ReadOnlySpan<char> scratch, ReadOnlySpan<int> rawStarts, ReadOnlySpan<int> rawEnds, int i, int rawCount)
    {
        for (var k = Math.Min(maxRemovableTokens, rawCount - i); k >= 1; k--)
        {
            if (removableLookup.Contains(scratch[rawStarts[i]..rawEnds[i + k - 1]]))
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>Lower-cases, drops bracketed notes and apostrophes ("can't" = "cant"), and splits
    /// on everything that is not a letter, a digit, a decimal point inside a number or '%'.</summary>
    private static int Tokenise(ReadOnlySpan<char> input, Span<char> buffer, Span<int> starts, Span<int> ends)
    {
        var written = 0;
        var count = 0;
        var inToken = false;
        var bracketDepth = 0;
        for (var index = 0; index < input.Length; index++)
        {
            var c = input[index];
            if (c is '(' or '[' or '{')
            {
                bracketDepth++;
                inToken = EndToken(inToken, ref count, written, ends);
                continue;
            }

            if (c is ')' or ']' or '}')
            {
                bracketDepth = Math.Max(0, bracketDepth - 1);
                inToken = EndToken(inToken, ref count, written, ends);
                continue;
            }

            if (bracketDepth > 0 || c is '\'' or '\u2019' or '\u2018' or '`')
            {
                continue;
            }

            var keep = char.IsLetterOrDigit(c) || c == '%'
                || (c is '.' or ',' && inToken && written > 0 && char.IsAsciiDigit(buffer[written - 1])
                    && index + 1 < input.Length && char.IsAsciiDigit(input[index + 1]));
            if (!keep)
            {
                inToken = EndToken(inToken, ref count, written, ends);
                continue;
            }

            if (!inToken)
            {
                if (count == starts.Length)
                {
                    break;
                }

                if (written > 0)
                {
                    buffer[written++] = ' ';
                }

                starts[count] = written;
                inToken = true;
            }

            buffer[written++] = c is ',' ? '.' : char.ToLowerInvariant(c);
        }

        EndToken(inToken, ref count, written, ends);
        return count;
    }

    private static bool EndToken(bool inToken, ref int count, int written, Span<int> ends)
    {
        if (inToken)
        {
            ends[count] = written;
            count++;
        }

        return false;
    }

    private static string RawWords(string phrase)
    {
        var buffer = new char[BufferLength(phrase.Length)];
        var starts = new int[TokenCapacity(phrase.Length)];
        var ends = new int[starts.Length];
        var count = Tokenise(phrase, buffer, starts, ends);
        return count == 0 ? "" : new string(buffer[..ends[count - 1]]);
    }

    internal static int BufferLength(int inputLength) => inputLength * 2 + 8;

    /// <summary>At most one word for every two characters (a character and a separator), plus one.</summary>
    internal static int TokenCapacity(int inputLength) => (inputLength / 2) + 2;

    internal static bool FitsOnStack(int inputLength) => BufferLength(inputLength) <= StackLimit;
}
