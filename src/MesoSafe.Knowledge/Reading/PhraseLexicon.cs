namespace MesoSafe.Knowledge.Reading;

/// <summary>Every phrase of the reading lexicon as a word trie. A phrase word ending in '*' matches
/// any word that begins with it. Arabic words are looked up by each of their variants
/// (<see cref="TextFolding.Variants"/>). Thread-safe once built.</summary>
internal sealed class PhraseLexicon
{
    private const int MinimumPrefix = 3;

    private readonly Node root = new();
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    // Each phrase word has an id; trie children are found by id, and a token's ids are looked up once
    // per written form (WordForm.Lookup), not hashed again at every level of every walk.
    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private int version;

    // The root's children by word id in an array: every word of every entry starts a walk there.
    private Node?[] firstWords = new Node?[256];
    private readonly Dictionary<string, List<string>> prefixesByStart = new(StringComparer.Ordinal);

    /// <summary>The content words (no filler, no dose) and the filler words, for spelling.</summary>
    public HashSet<string> ContentWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FillerWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words with no clinical meaning (fillers and context words): never a spelling target,
    /// and a tie with one of them leaves a word unread.</summary>
    public HashSet<string> PlainWords { get; } = new(StringComparer.Ordinal);

    public void Add(string phrase, Sense sense, ICollection<string> problems, string origin)
    {
        version++;
        var keys = new List<(string Key, bool Prefix)>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var prefix = part.EndsWith('*');
            var tokens = ReadingTokeniser.Tokenise(prefix ? part[..^1] : part);
            for (var i = 0; i < tokens.Count; i++)
            {
                keys.Add((tokens[i].Key, prefix && i == tokens.Count - 1));
            }
        }

        if (keys.Count == 0)
        {
            problems.Add($"{origin}: '{phrase}' has no word in it");
            return;
        }

        var node = root;
        foreach (var (key, prefix) in keys)
        {
            if (prefix)
            {
                if (key.Length < MinimumPrefix)
                {
                    problems.Add($"{origin}: '{phrase}': a '*' needs at least {MinimumPrefix} letters before it");
                    return;
                }

                node.Prefixes ??= new Dictionary<string, List<(string Prefix, Node Node)>>(StringComparer.Ordinal);
                var start = key[..MinimumPrefix];
                if (!node.Prefixes.TryGetValue(start, out var group))
                {
                    node.Prefixes[start] = group = [];
                }

                var found = group.Find(p => p.Prefix == key);
                if (found.Node is null)
                {
                    found = (key, new Node());
                    group.Add(found);
                }

                node = found.Node;
                if (!prefixesByStart.TryGetValue(start, out var list))
                {
                    prefixesByStart[start] = list = [];
                }

                if (!list.Contains(key))
                {
                    list.Add(key);
                }
            }
            else
            {
                if (!wordIds.TryGetValue(key, out var id))
                {
                    wordIds[key] = id = wordIds.Count;
                }

                node.Children ??= [];
                if (!node.Children.TryGetValue(id, out var child))
                {
                    node.Children[id] = child = new Node();
                    if (node == root)
                    {
                        if (id >= firstWords.Length)
                        {
                            Array.Resize(ref firstWords, Math.Max(id + 1, firstWords.Length * 2));
                        }

                        firstWords[id] = child;
                    }
                }

                node = child;
                words.Add(key);
                if (sense.Kind == SenseKind.Filler)
                {
                    FillerWords.Add(key);
                    PlainWords.Add(key);
                }
                else if (sense.Kind == SenseKind.Context)
                {
                    PlainWords.Add(key);
                }
                else if (sense.Kind != SenseKind.Dose)
                {
                    ContentWords.Add(key);
                }
            }
        }

        node.Senses ??= [];
        if (!node.Senses.Contains(sense))
        {
            node.Senses.Add(sense);
        }
    }

    /// <summary>What a one-word phrase means, as a comparable string ("Entry:swelling|Group:swollen");
    /// two spellings with the same meaning are no ambiguity.</summary>
    public string Meaning(string word) =>
        root.Children is { } children && wordIds.TryGetValue(word, out var id) && children.TryGetValue(id, out var node) && node.Senses is { } senses
            ? string.Join('|', senses.Select(s => $"{s.Kind}:{s.Entry?.Code ?? s.Name ?? s.Cue.ToString()}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            : "word:" + word;

    /// <summary>Whether some phrase has this word (or a prefix of it).</summary>
    public bool Knows(ReadingToken token) => LookUp(token).Known;

    /// <summary>The token's word ids and whether some phrase has it, remembered on the token and on
    /// its written form.</summary>
    private LexiconLookup LookUp(ReadingToken token)
    {
        if (token.Lookup is { } known && ReferenceEquals(known.Lexicon, this) && known.Version == version)
        {
            return known;
        }

        var keys = token.Keys;
        var ids = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ids[i] = wordIds.TryGetValue(keys[i], out var id) ? id : -1;
        }

        var lookup = new LexiconLookup(this, version, ids, KnowsAny(keys));
        token.Lookup = lookup;
        if (token.Form is { } form)
        {
            form.Lookup = lookup;
        }

        return lookup;
    }

    private bool KnowsAny(string[] keys)
    {
        foreach (var key in keys)
        {
            if (words.Contains(key) || MatchesPrefix(key))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesPrefix(string key)
    {
        if (key.Length < MinimumPrefix || !prefixesByStart.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key.AsSpan(0, MinimumPrefix), out var list))
        {
            return false;
        }

        foreach (var prefix in list)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> with at least one sense that
    /// <paramref name="usable"/> accepts; phrases never run across a clause or sentence break.</summary>
    public (int Length, List<Sense>? Senses) Longest(List<ReadingToken> tokens, int start, in SenseFilter usable)
    {
        var best = (Length: 0, Senses: (List<Sense>?)null);
        Walk(this, root, tokens, start, start, in usable, ref best);
        return best;
    }

    private static bool AnyUsable(List<Sense> senses, in SenseFilter usable)
    {
        foreach (var sense in senses)
        {
            if (usable.Accepts(sense))
            {
                return true;
            }
        }

        return false;
    }

    private static void Walk(PhraseLexicon lexicon, Node node, List<ReadingToken> tokens, int start, int position, in SenseFilter usable, ref (int Length, List<Sense>? Senses) best)
    {
        if (position > start && node.Senses is { } senses && position - start > best.Length && AnyUsable(senses, in usable))
        {
            best = (position - start, senses);
        }

        if (position >= tokens.Count || (position > start && tokens[position].Before != Boundary.None))
        {
            return;
        }

        var token = tokens[position];
        if (position == start)
        {
            // At the root (a walk starts there and nowhere else).
            var firstWords = lexicon.firstWords;
            foreach (var id in lexicon.LookUp(token).Ids)
            {
                if ((uint)id < (uint)firstWords.Length && firstWords[id] is { } first)
                {
                    Walk(lexicon, first, tokens, start, position + 1, in usable, ref best);
                }
            }
        }
        else if (node.Children is { } children)
        {
            // Every variant is tried ("العين" and "عين"): a longer phrase may start from either.
            foreach (var id in lexicon.LookUp(token).Ids)
            {
                if (id >= 0 && children.TryGetValue(id, out var child))
                {
                    Walk(lexicon, child, tokens, start, position + 1, in usable, ref best);
                }
            }
        }

        if (node.Prefixes is { } prefixes)
        {
            // Only the prefixes that share the word's first letters are tried.
            var byStart = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var key in token.Keys)
            {
                if (key.Length < MinimumPrefix || !byStart.TryGetValue(key.AsSpan(0, MinimumPrefix), out var group))
                {
                    continue;
                }

                foreach (var (prefix, child) in group)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        Walk(lexicon, child, tokens, start, position + 1, in usable, ref best);
                    }
                }
            }
        }
    }

    private sealed class Node
    {
        /// <summary>Children by word id.</summary>
        public Dictionary<int, Node>? Children { get; set; }

        /// <summary>Prefix children by their first letters.</summary>
        public Dictionary<string, List<(string Prefix, Node Node)>>? Prefixes { get; set; }

        public List<Sense>? Senses { get; set; }
    }
}

/// <summary>Which senses count where a phrase is read: the entry kinds of the field, composition
/// groups only in symptom reports, and (for a phrase inside a cue) entries only. A struct, so that
/// matching allocates no delegate a word.</summary>
internal readonly struct SenseFilter(EntryKind[] kinds, bool groups, bool entriesOnly)
{
    // The field's entry kinds as bits: Accepts runs for every sense of every phrase tried.
    private readonly ulong kindBits = Bits(kinds);

    public bool Accepts(Sense sense) => sense.Kind switch
    {
        SenseKind.Entry => (kindBits & Bit(sense.Entry!.Kind)) != 0,
        _ when entriesOnly => false,
        SenseKind.Group => groups,
        _ => true,
    };

    private static ulong Bit(EntryKind kind) => (uint)kind < 64 ? 1UL << (int)kind : 0;

    private static ulong Bits(EntryKind[] kinds)
    {
        ulong bits = 0;
        foreach (var kind in kinds)
        {
            bits |= Bit(kind);
        }

        return bits;
    }
}
