namespace MesoSafe.Signals.Synthetic;

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s (binary search on
/// the cumulative weights).</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int n, double exponent)
    {
        _cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, exponent);
            _cumulative[k] = sum;
        }

        for (int k = 0; k < n; k++)
        {
            _cumulative[k] /= sum;
        }
    }

    public int Sample(SplitMix64 random)
    {
        int index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
