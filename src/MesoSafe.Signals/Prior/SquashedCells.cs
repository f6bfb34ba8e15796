namespace MesoSafe.Signals.Prior;

/// <summary>openEBGM-style data squashing (squashData with bin_size = 50, keep_pts = 100,
/// min_pts = 500, applied to every N): among cells with the same N, when there are at least
/// 500, the 100 with the largest E stay as they are and the rest are replaced, in E order, by
/// bins of 50 with their mean E and weight 50 (the last bin takes the remainder).</summary>
internal static class SquashedCells
{
    private const int BinSize = 50;
    private const int KeepPoints = 100;
    private const int MinPoints = 500;

    public static GammaMixtureLikelihood Likelihood(ReadOnlySpan<long> n, ReadOnlySpan<double> e, int parallelism)
    {
        var cells = new List<CountPoint>(n.Length);
        for (int k = 0; k < n.Length; k++)
        {
            if (n[k] >= 1 && e[k] > 0 && double.IsFinite(e[k]))
            {
                cells.Add(new CountPoint(n[k], e[k]));
            }
        }

        cells.Sort();
        var points = new List<CountPoint>();
        var weights = new List<double>();
        int start = 0;
        while (start < cells.Count)
        {
            int end = start;
            while (end < cells.Count && cells[end].N == cells[start].N)
            {
                end++;
            }

            int size = end - start;
            int squashUntil = size >= MinPoints ? end - KeepPoints : start;
            for (int binStart = start; binStart < squashUntil; binStart += BinSize)
            {
                int binEnd = Math.Min(squashUntil, binStart + BinSize);
                double sum = 0;
                for (int k = binStart; k < binEnd; k++)
                {
                    sum += cells[k].E;
                }

                points.Add(new CountPoint(cells[start].N, sum / (binEnd - binStart)));
                weights.Add(binEnd - binStart);
            }

            for (int k = squashUntil; k < end; k++)
            {
                points.Add(cells[k]);
                weights.Add(1);
            }

            start = end;
        }

        return GammaMixtureLikelihood.FromSortedPoints(points.ToArray(), weights.ToArray(), cells.Count, parallelism);
    }
}
