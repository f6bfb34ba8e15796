using MesoSafe.Signals.Prior;

namespace MesoSafe.Signals.Scoring;

/// <summary>EBGM, EB05, EB95 and IC025 depend on a pair only through (N, E): they are computed once
/// per distinct (N, E) (CAERS: 17,189 pairs, 1,723 points; FAERS: 111,118 and 72,562), in parallel,
/// and looked up per pair.</summary>
internal sealed class DistinctPointScores
{
    private const int ChunkSize = 1024;
    private readonly int[] _pointOfPair;
    private readonly double[] _ebgm;
    private readonly double[] _eb05;
    private readonly double[] _eb95;
    private readonly double[] _ic025;

    private DistinctPointScores(int[] pointOfPair, double[] ebgm, double[] eb05, double[] eb95, double[] ic025)
    {
        _pointOfPair = pointOfPair;
        _ebgm = ebgm;
        _eb05 = eb05;
        _eb95 = eb95;
        _ic025 = ic025;
    }

    public static DistinctPointScores Compute(
        ReadOnlySpan<long> n, ReadOnlySpan<double> e, GammaMixtureHyperparameters h, bool usablePrior, SignalOptions options, ParallelOptions parallel)
    {
        var keys = new CountPoint[n.Length];
        var order = new int[n.Length];
        for (int pair = 0; pair < n.Length; pair++)
        {
            keys[pair] = new CountPoint(n[pair], e[pair]);
            order[pair] = pair;
        }

        Array.Sort(keys, order);
        var pointOfPair = new int[n.Length];
        var points = new List<CountPoint>();
        for (int k = 0; k < keys.Length; k++)
        {
            // E compared bit for bit (NaN included), so a point is reused only for identical inputs.
            if (k == 0 || keys[k].N != keys[k - 1].N || BitConverter.DoubleToInt64Bits(keys[k].E) != BitConverter.DoubleToInt64Bits(keys[k - 1].E))
            {
                points.Add(keys[k]);
            }

            pointOfPair[order[k]] = points.Count - 1;
        }

        int count = points.Count;
        var ebgm = new double[count];
        var eb05 = new double[count];
        var eb95 = new double[count];
        var ic025 = new double[count];
        Array.Fill(ebgm, double.NaN);
        Array.Fill(eb05, double.NaN);
        Array.Fill(eb95, double.NaN);
        int chunks = (count + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, parallel, chunk =>
        {
            int end = Math.Min(count, (chunk + 1) * ChunkSize);
            for (int k = chunk * ChunkSize; k < end; k++)
            {
                double pn = points[k].N, pe = points[k].E;
                ic025[k] = InformationComponent.Ic025(pn, pe);
                if (usablePrior)
                {
                    double qn = GammaMixturePosterior.Qn(h, pn, pe);
                    ebgm[k] = GammaMixturePosterior.Ebgm(h, pn, pe, qn);
                    eb05[k] = GammaMixturePosterior.Quantile(h, pn, pe, qn, options.EbLowerProbability);
                    eb95[k] = GammaMixturePosterior.Quantile(h, pn, pe, qn, options.EbUpperProbability);
                }
            }
        });

        return new DistinctPointScores(pointOfPair, ebgm, eb05, eb95, ic025);
    }

    public int Points => _ebgm.Length;

    public double Ebgm(int pair) => _ebgm[_pointOfPair[pair]];

    public double Eb05(int pair) => _eb05[_pointOfPair[pair]];

    public double Eb95(int pair) => _eb95[_pointOfPair[pair]];

    public double Ic025(int pair) => _ic025[_pointOfPair[pair]];
}
