using System.Buffers;

namespace MesoSafe.Knowledge.Vocabulary;

/// <summary>Maps free text to knowledge-base codes. Every code, synonym, brand name and safer
/// reading is normalised once at load; an entry is normalised once per call and scanned for
/// synonyms as whole words, the longest first, so "aspirin and warfarin" yields both and
/// "type 2 diabetes" beats "diabetes". Thread-safe: nothing changes after construction.</summary>
public sealed class VocabularyMatcher
{
    private static readonly int KindCount = Enum.GetValues<EntryKind>().Length;
    private static readonly SearchValues<char> Brackets = SearchValues.Create("([{");

    private readonly TextNormaliser normaliser;
    private readonly Dictionary<string, IReadOnlyList<VocabularyMatch>?[]> exact;
    private readonly Dictionary<string, SynonymTarget>[] normalised;
    private readonly Dictionary<string, SynonymTarget>.AlternateLookup<ReadOnlySpan<char>>[] lookups;
    private readonly Dictionary<string, int>[] firstWords;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] firstWordLookups;

    private VocabularyMatcher(TextNormaliser normaliser)
    {
        this.normaliser = normaliser;
        exact = new Dictionary<string, IReadOnlyList<VocabularyMatch>?[]>(StringComparer.Ordinal);
        normalised = new Dictionary<string, SynonymTarget>[KindCount];
        lookups = new Dictionary<string, SynonymTarget>.AlternateLookup<ReadOnlySpan<char>>[KindCount];
        firstWords = new Dictionary<string, int>[KindCount];
        firstWordLookups = new Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[KindCount];
        for (var kind = 0; kind < KindCount; kind++)
        {
            normalised[kind] = new Dictionary<string, SynonymTarget>(StringComparer.Ordinal);
            lookups[kind] = normalised[kind].GetAlternateLookup<ReadOnlySpan<char>>();
            firstWords[kind] = new Dictionary<string, int>(StringComparer.Ordinal);
            firstWordLookups[kind] = firstWords[kind].GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    public TextNormaliser Normaliser => normaliser;

    /// <summary>Builds the matcher; each synonym that normalises to nothing, or that two entries of
    /// one kind share, is added to <paramref name="problems"/> naming both entries.</summary>
    public static VocabularyMatcher Build(IEnumerable<KnowledgeEntry> entries, TextNormaliser normaliser, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(problems);
        var matcher = new VocabularyMatcher(normaliser);
        foreach (var entry in entries)
        {
            matcher.Add(entry, entry.Code, null, problems);
            foreach (var synonym in entry.Synonyms)
            {
                matcher.Add(entry, synonym, null, problems);
            }

            foreach (var brand in entry.Brands)
            {
                matcher.Add(entry, brand, null, problems);
            }

            foreach (var reading in entry.SaferReadings)
            {
                matcher.Add(entry, reading.Synonym, reading.Note, problems);
            }
        }

        return matcher;
    }

    /// <summary>Every distinct entry of the given kinds that <paramref name="input"/> names.
    /// At each word the longest synonym wins; between kinds of equal length the earlier kind in
    /// <paramref name="kinds"/> wins (allergies: substances and classes before medications).
    /// Empty when nothing matches: the caller reports the input as unrecognized.</summary>
    public IReadOnlyList<VocabularyMatch> Match(string input, params ReadOnlySpan<EntryKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Fast path: the entry is exactly a code or synonym as written in the data (the usual case for
        // machine-made requests); the answer is precomputed and shared, so nothing is allocated.
        if (exact.TryGetValue(input, out var byKind))
        {
            foreach (var kind in kinds)
            {
                if (byKind[(int)kind] is { } hit)
                {
                    return hit;
                }
            }
        }

        var matches = MatchNormalised(input, input, kinds);
        if (input.AsSpan().IndexOfAny(Brackets) < 0)
        {
            return matches;
        }

        // Safer reading: a bracketed note is dropped before matching, yet it may carry the deciding
        // word ("type 2 diabetes (insulin)"); the entry read with its notes adds what they name.
        var opened = MatchNormalised(OpenBrackets(input), input, kinds);
        if (opened.Count == 0)
        {
            return matches;
        }

        var union = new List<VocabularyMatch>(matches);
        foreach (var match in opened)
        {
            if (!union.Exists(m => ReferenceEquals(m.Entry, match.Entry)))
            {
                union.Add(match);
            }
        }

        return union;
    }

    private static string OpenBrackets(string input) => string.Create(input.Length, input, static (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = text[i] is '(' or ')' or '[' or ']' or '{' or '}' ? ' ' : text[i];
        }
    });

    private IReadOnlyList<VocabularyMatch> MatchNormalised(string text, string input, ReadOnlySpan<EntryKind> kinds)
    {
        var bufferLength = TextNormaliser.BufferLength(text.Length);
        var capacity = TextNormaliser.TokenCapacity(text.Length);
        var small = TextNormaliser.FitsOnStack(text.Length);
        char[]? rentedChars = null;
        int[]? rentedBounds = null;
        Span<char> buffers = small ? stackalloc char[bufferLength * 2] : (rentedChars = ArrayPool<char>.Shared.Rent(bufferLength * 2));
        Span<int> bounds = small ? stackalloc int[capacity * 4] : (rentedBounds = ArrayPool<int>.Shared.Rent(capacity * 4));
        try
        {
            bounds = bounds[..(capacity * 4)];
            var output = buffers.Slice(bufferLength, bufferLength);
            var count = normaliser.Normalise(text, buffers[..bufferLength], output, bounds);
            return Scan(input, output, bounds.Slice(capacity * 2, count), bounds.Slice(capacity * 3, count), kinds);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }

            if (rentedBounds is not null)
            {
                ArrayPool<int>.Shared.Return(rentedBounds);
            }
        }
    }

    private List<VocabularyMatch> Scan(string input, ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<EntryKind> kinds)
    {
        List<VocabularyMatch>? matches = null;
        List<(int Start, int End, bool Repeated)>? spans = null;
        Span<int> reach = stackalloc int[kinds.Length];
        var i = 0;
        while (i < starts.Length)
        {
            // Only lengths that some synonym beginning with this word has are tried.
            var first = text[starts[i]..ends[i]];
            var tryFrom = 0;
            for (var n = 0; n < kinds.Length; n++)
            {
                reach[n] = firstWordLookups[(int)kinds[n]].TryGetValue(first, out var length) ? length : 0;
                tryFrom = Math.Max(tryFrom, reach[n]);
            }

            var consumed = 1;
            for (var k = Math.Min(tryFrom, starts.Length - i); k >= 1; k--)
            {
                var words = text[starts[i]..ends[i + k - 1]];
                if (TryFind(words, k, kinds, reach, out var target))
                {
                    matches ??= [];
                    spans ??= [];
                    var index = IndexOf(matches, target.Entry);
                    if (index < 0)
                    {
                        matches.Add(ToMatch(target, input));
                        spans.Add((i, i + k, false));
                    }
                    else
                    {
                        spans[index] = spans[index] with { Repeated = true };
                    }

                    consumed = k;
                    break;
                }
            }

            i += consumed;
        }

        if (matches is null)
        {
            return [];
        }

        if (matches.Count > 1)
        {
            DropSuperseded(matches, spans!);
        }

        return matches;
    }

    /// <summary>"breast cancer in remission": a superseding match right after the only mention of
    /// the entry it supersedes replaces it. Named again elsewhere ("..., now on chemotherapy"), both stay.</summary>
    private static void DropSuperseded(List<VocabularyMatch> matches, List<(int Start, int End, bool Repeated)> spans)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var candidate = matches[i];
            if (spans[i].Repeated)
            {
                continue;
            }

            for (var j = 0; j < matches.Count; j++)
            {
                var other = matches[j];
                if (other.Kind == candidate.Kind && spans[j].Start == spans[i].End && other.Entry.Supersedes.Contains(candidate.Code))
                {
                    matches.RemoveAt(i);
                    spans.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static int IndexOf(List<VocabularyMatch> matches, KnowledgeEntry entry)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            if (ReferenceEquals(matches[i].Entry, entry))
            {
                return i;
            }
        }

        return -1;
    }

    private bool TryFind(ReadOnlySpan<char> words, int wordCount, ReadOnlySpan<EntryKind> kinds, ReadOnlySpan<int> reach, out SynonymTarget target)
    {
        for (var n = 0; n < kinds.Length; n++)
        {
            if (wordCount <= reach[n] && lookups[(int)kinds[n]].TryGetValue(words, out target!))
            {
                return true;
            }
        }

        target = null!;
        return false;
    }

    private static VocabularyMatch ToMatch(SynonymTarget target, string input) =>
        new(target.Entry.Code, target.Entry.Kind, target.Synonym, input)
        {
            Entry = target.Entry,
            SaferReading = target.SaferReading,
        };

    private void Add(KnowledgeEntry entry, string synonym, string? saferReading, ICollection<string> problems)
    {
        var key = normaliser.Normalise(synonym);
        var describe = KnowledgeNames.Describe(entry);
        if (key.Length == 0)
        {
            problems.Add($"{describe}: synonym '{synonym}' is empty once doses, forms and filler words are removed");
            return;
        }

        var kind = (int)entry.Kind;
        var target = new SynonymTarget(entry, synonym, saferReading);
        if (normalised[kind].TryGetValue(key, out var existing))
        {
            if (!ReferenceEquals(existing.Entry, entry))
            {
                problems.Add($"{describe}: synonym '{synonym}' conflicts with '{existing.Synonym}' of {KnowledgeNames.Describe(existing.Entry)}");
            }

            return;
        }

        normalised[kind][key] = target;
        if (!exact.TryGetValue(synonym, out var byKind))
        {
            byKind = new IReadOnlyList<VocabularyMatch>?[KindCount];
            exact[synonym] = byKind;
        }

        byKind[kind] ??= Array.AsReadOnly([ToMatch(target, synonym)]);
        // The longest synonym beginning with each word bounds the lengths tried at that word.
        var firstSpace = key.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = firstSpace < 0 ? key : key[..firstSpace];
        var wordCount = key.Count(c => c == ' ') + 1;
        firstWords[kind][firstWord] = Math.Max(firstWords[kind].GetValueOrDefault(firstWord), wordCount);
    }
}
