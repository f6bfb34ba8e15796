namespace MesoSafe.Signals.Prior;

/// <summary>One (N, E) cell, ordered by N then E so equal points and equal N are adjacent.</summary>
internal readonly record struct CountPoint(long N, double E) : IComparable<CountPoint>
{
    public int CompareTo(CountPoint other)
    {
        int byN = N.CompareTo(other.N);
        return byN != 0 ? byN : E.CompareTo(other.E);
    }
}
