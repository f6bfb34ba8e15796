using System.Runtime.CompilerServices;

namespace MesoSafe.Signals;

/// <summary>Maps names to dense int ids, allocating a string only the first time a name is seen.</summary>
internal sealed class NameInterner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];

    public NameInterner()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    /// <summary>The id of <paramref name="name"/>; <paramref name="added"/> tells whether it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<char> name, out bool added)
    {
        if (_lookup.TryGetValue(name, out int id))
        {
            added = false;
            return id;
        }

        id = _names.Count;
        string text = name.ToString();
        _ids.Add(text, id);
        _names.Add(text);
        added = true;
        return id;
    }

    /// <summary>Ranks of the ids in ordinal name order: rank[id] is the id's position once sorted.</summary>
    public int[] OrdinalRanks(out string[] sortedNames)
    {
        sortedNames = [.. _names];
        var order = new int[sortedNames.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sortedNames, order, StringComparer.Ordinal);
        var rank = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return rank;
    }
}
