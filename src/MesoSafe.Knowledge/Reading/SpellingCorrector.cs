using F23.StringSimilarity;

namespace MesoSafe.Knowledge.Reading;

/// <summary>Reads a word that is in no list as the one vocabulary word within a small
/// Damerau-Levenshtein distance: 1 from 5 characters, 2 from 9; never for shorter words or numbers,
/// never when two words (or a filler word) are as close. Candidates come from a deletion index
/// (SymSpell's idea); the distance itself is F23.StringSimilarity's.</summary>
internal sealed class SpellingCorrector
{
    private const int MinimumLength = 5;
    private const int TwoEditsFrom = 9;

    private static readonly Damerau Distance = new();

    private readonly Dictionary<string, List<string>> deletions = new(StringComparer.Ordinal);
    private readonly HashSet<string> fillers;
    private readonly Func<string, string> meaning;

    /// <summary>The longest word filed: a word more than two letters longer is within two edits of
    /// none, and its deletion forms (quadratic in its length) are never built.</summary>
    private readonly int longest;

    public SpellingCorrector(IEnumerable<string> targets, HashSet<string> fillers, Func<string, string> meaning)
    {
        var content = targets.ToHashSet(StringComparer.Ordinal);

        // A word with a clinical meaning stays a target even if it is also a context word ("face").
        this.fillers = fillers.Where(f => !content.Contains(f)).ToHashSet(StringComparer.Ordinal);
        this.meaning = meaning;
        foreach (var target in content.Concat(this.fillers))
        {
            if (target.Length < MinimumLength - 1 || !IsLatinWord(target))
            {
                continue;
            }

            Index(target, target.Length >= TwoEditsFrom - 2 ? 2 : 1);
            longest = Math.Max(longest, target.Length);
        }
    }

    /// <summary>Files <paramref name="target"/> under itself and every form of it with up to
    /// <paramref name="depth"/> letters deleted (the set of <see cref="Deletes"/>). Built in a
    /// scratch buffer: a form already filed costs no string. Targets come one at a time, so a form's
    /// list holds this target only if its last item is this target.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Index(string target, int depth)
    {
        var byForm = deletions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> form = stackalloc char[target.Length];
        Span<char> twice = stackalloc char[target.Length];
        FileUnder(byForm, target, target);
        for (var i = 0; i < target.Length; i++)
        {
            // Deleting either of two equal neighbours gives the same form: the first stands for both.
            if (i > 0 && target[i] == target[i - 1])
            {
                continue;
            }

            target.AsSpan(0, i).CopyTo(form);
            target.AsSpan(i + 1).CopyTo(form[i..]);
            var once = form[..(target.Length - 1)];
            FileUnder(byForm, once, target);
            if (depth < 2)
            {
                continue;
            }

            for (var j = 0; j < once.Length; j++)
            {
                once[..j].CopyTo(twice);
                once[(j + 1)..].CopyTo(twice[j..]);
                FileUnder(byForm, twice[..(once.Length - 1)], target);
            }
        }
    }

    private static void FileUnder(Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> byForm, ReadOnlySpan<char> form, string target)
    {
        if (byForm.TryGetValue(form, out var list))
        {
            if (!ReferenceEquals(list[^1], target))
            {
                list.Add(target);
            }

            return;
        }

        byForm[form] = [target];
    }

    /// <summary>The one word <paramref name="word"/> is read as, or null.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength || word.Length > longest + 2 || !IsLatinWord(word))
        {
            return null;
        }

        var allowed = word.Length >= TwoEditsFrom ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in Deletes(word, allowed))
        {
            if (!deletions.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (!seen.Add(candidate))
                {
                    continue;
                }

                var distance = (int)Distance.Distance(word, candidate);
                if (distance > allowed || distance == 0)
                {
                    continue;
                }

                // Two edits only when the first letter stands: "glittering" is not "blistering".
                if (distance == 2 && candidate[0] != word[0])
                {
                    continue;
                }

                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                    tied = false;
                }
                else if (distance == bestDistance && meaning(candidate) != meaning(best!))
                {
                    tied = true;
                }
            }
        }

        return best is null || tied || fillers.Contains(best) ? null : best;
    }

    /// <summary>Latin letters, and digits among at least two letters: Arabizi writes letters with digits
    /// ("7ara2a" is "7ar2a", burning). A number is never a word here.</summary>
    private static bool IsLatinWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                letters++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static HashSet<string> Deletes(string word, int depth)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var item in frontier)
            {
                if (item.Length <= 2)
                {
                    continue;
                }

                for (var i = 0; i < item.Length; i++)
                {
                    var shorter = string.Concat(item.AsSpan(0, i), item.AsSpan(i + 1));
                    if (result.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }
}
