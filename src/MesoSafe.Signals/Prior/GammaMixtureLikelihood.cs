using System.Runtime.CompilerServices;
using MathNet.Numerics;

namespace MesoSafe.Signals.Prior;

/// <summary>DuMouchel's zero-truncated (N* = 1) two-gamma mixture likelihood exactly as openEBGM
/// 0.9.1's <c>negLL</c> computes it: for each cell L = p f1(N) / (1 - f1(0)) + (1-p) f2(N) / (1 - f2(0))
/// (each component truncated on its own), f_k the negative binomial with size alpha_k and prob
/// beta_k / (beta_k + E), including its -log(N!) term, so -LL equals openEBGM's minimum. Identical (N, E) cells are merged with a weight; lgamma/digamma of
/// alpha + N are computed once per distinct N. Everything is in log space (logsumexp, expm1),
/// so N = 2000 or E = 1e-6 stay finite. Parameters are optimised in the transformed space
/// theta = (ln a1, ln b1, ln a2, ln b2, logit p).</summary>
internal sealed class GammaMixtureLikelihood
{
    public const int Dimension = 5;
    private const int ChunkSize = 8192;
    private readonly double[] _e;
    private readonly double[] _logE;
    private readonly double[] _weight;
    private readonly int[] _group;
    private readonly double[] _groupN;
    private readonly double _logFactorialSum;
    private readonly int _maxDegreeOfParallelism;

    private GammaMixtureLikelihood(double[] e, double[] weight, int[] group, double[] groupN, long cells, int maxDegreeOfParallelism)
    {
        _e = e;
        _weight = weight;
        _group = group;
        _groupN = groupN;
        _logE = new double[e.Length];
        double logFactorialSum = 0;
        for (int k = 0; k < e.Length; k++)
        {
            _logE[k] = Math.Log(e[k]);
            logFactorialSum += weight[k] * SpecialFunctions.GammaLn(groupN[group[k]] + 1);
        }

        _logFactorialSum = logFactorialSum;
        Cells = cells;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>Cells summed over (with their weights).</summary>
    public long Cells { get; }

    /// <summary>The parallelism an evaluation may use (-1 = all cores).</summary>
    public int MaxDegreeOfParallelism => _maxDegreeOfParallelism;

    /// <summary>Distinct (N, E) points actually evaluated.</summary>
    public int DistinctPoints => _e.Length;

    /// <summary>Merges identical (N, E) cells exactly; cells with N &lt; 1 or E &lt;= 0 are left out
    /// (the truncated likelihood is over N &gt;= 1).</summary>
    public static GammaMixtureLikelihood FromCells(ReadOnlySpan<long> n, ReadOnlySpan<double> e, int maxDegreeOfParallelism = -1)
    {
        var points = new CountPoint[n.Length];
        int count = 0;
        for (int k = 0; k < n.Length; k++)
        {
            if (n[k] >= 1 && e[k] > 0 && double.IsFinite(e[k]))
            {
                points[count++] = new CountPoint(n[k], e[k]);
            }
        }

        Array.Sort(points, 0, count);
        var weights = new double[count];
        int distinct = 0;
        for (int k = 0; k < count; k++)
        {
            if (distinct > 0 && points[distinct - 1] == points[k])
            {
                weights[distinct - 1]++;
            }
            else
            {
                points[distinct] = points[k];
                weights[distinct++] = 1;
            }
        }

        return FromSortedPoints(points.AsSpan(0, distinct), weights.AsSpan(0, distinct), count, maxDegreeOfParallelism);
    }

    /// <summary>Weighted points sorted by N then E (squashed data, or already merged cells).</summary>
    public static GammaMixtureLikelihood FromSortedPoints(ReadOnlySpan<CountPoint> points, ReadOnlySpan<double> weights, long cells, int maxDegreeOfParallelism = -1)
    {
        var e = new double[points.Length];
        var group = new int[points.Length];
        var groupN = new List<double>();
        for (int k = 0; k < points.Length; k++)
        {
            if (k == 0 || points[k].N != points[k - 1].N)
            {
                groupN.Add(points[k].N);
            }

            e[k] = points[k].E;
            group[k] = groupN.Count - 1;
        }

        return new GammaMixtureLikelihood(e, weights.ToArray(), group, [.. groupN], cells, maxDegreeOfParallelism);
    }

    public static double[] ToTheta(GammaMixtureHyperparameters h) =>
        [Math.Log(h.Alpha1), Math.Log(h.Beta1), Math.Log(h.Alpha2), Math.Log(h.Beta2), Math.Log(h.P / (1 - h.P))];

    public static GammaMixtureHyperparameters FromTheta(ReadOnlySpan<double> theta) =>
        new(Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3]), 1 / (1 + Math.Exp(-theta[4])));

    /// <summary>The log-likelihood at <paramref name="h"/> (sum of weighted cell log-likelihoods).</summary>
    public double LogLikelihood(GammaMixtureHyperparameters h) => -NegativeLogLikelihood(ToTheta(h), []);

    /// <summary>-LL at theta; fills <paramref name="gradient"/> (d(-LL)/d theta) when it has room for 5.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double NegativeLogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var h = FromTheta(theta);
        bool wantGradient = gradient.Length >= Dimension;
        int groups = _groupN.Length;
        var lg1 = new double[groups];
        var lg2 = new double[groups];
        var dg1 = new double[groups];
        var dg2 = new double[groups];
        double lgA1 = SpecialFunctions.GammaLn(h.Alpha1);
        double lgA2 = SpecialFunctions.GammaLn(h.Alpha2);
        double psiA1 = wantGradient ? SpecialFunctions.DiGamma(h.Alpha1) : 0;
        double psiA2 = wantGradient ? SpecialFunctions.DiGamma(h.Alpha2) : 0;
        for (int g = 0; g < groups; g++)
        {
            lg1[g] = SpecialFunctions.GammaLn(h.Alpha1 + _groupN[g]) - lgA1;
            lg2[g] = SpecialFunctions.GammaLn(h.Alpha2 + _groupN[g]) - lgA2;
            if (wantGradient)
            {
                dg1[g] = SpecialFunctions.DiGamma(h.Alpha1 + _groupN[g]) - psiA1;
                dg2[g] = SpecialFunctions.DiGamma(h.Alpha2 + _groupN[g]) - psiA2;
            }
        }

        int chunks = (_e.Length + ChunkSize - 1) / ChunkSize;
        var partial = new double[chunks * 6];
        var context = new EvaluationContext(h, lg1, lg2, dg1, dg2, wantGradient);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism };
        Parallel.For(0, chunks, parallel, chunk => EvaluateChunk(context, chunk, partial.AsSpan(chunk * 6, 6)));

        Span<double> total = stackalloc double[6];
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            for (int k = 0; k < 6; k++)
            {
                total[k] += partial[(chunk * 6) + k];
            }
        }

        if (wantGradient)
        {
            // Chain rule to theta: d/dln(x) = x d/dx, d/dlogit(p) = p (1-p) d/dp; negate for -LL.
            gradient[0] = -total[1] * h.Alpha1;
            gradient[1] = -total[2] * h.Beta1;
            gradient[2] = -total[3] * h.Alpha2;
            gradient[3] = -total[4] * h.Beta2;
            gradient[4] = -total[5] * h.P * (1 - h.P);
        }

        return -(total[0] - _logFactorialSum);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EvaluateChunk(EvaluationContext c, int chunk, Span<double> sums)
    {
        var h = c.H;
        double a1 = h.Alpha1, b1 = h.Beta1, a2 = h.Alpha2, b2 = h.Beta2, p = h.P;
        double logP = Math.Log(p), log1mP = PreciseMath.Log1P(-p), logB1 = Math.Log(b1), logB2 = Math.Log(b2);
        double ll = 0, gA1 = 0, gB1 = 0, gA2 = 0, gB2 = 0, gP = 0;
        int end = Math.Min(_e.Length, (chunk + 1) * ChunkSize);
        for (int k = chunk * ChunkSize; k < end; k++)
        {
            int g = _group[k];
            double n = _groupN[g];
            double e = _e[k];
            double w = _weight[k];
            double u1 = PreciseMath.Log1P(e / b1);
            double u2 = PreciseMath.Log1P(e / b2);

            // log f_k(N) without -log N! (added once, outside): lgamma ratio + a ln(b/(b+E)) + N ln(E/(b+E)).
            double logF1 = c.Lg1[g] - (a1 * u1) + (n * (_logE[k] - logB1 - u1));
            double logF2 = c.Lg2[g] - (a2 * u2) + (n * (_logE[k] - logB2 - u2));

            // Each component truncated at N* = 1 on its own, as openEBGM's negLL: f_k / (1 - z_k),
            // z_k = f_k(0) = (b/(b+E))^a; 1 - z_k via expm1 so a tiny E keeps its digits.
            double oneMinusZ1 = -PreciseMath.ExpM1(-a1 * u1);
            double oneMinusZ2 = -PreciseMath.ExpM1(-a2 * u2);
            double l1 = logP + logF1 - Math.Log(oneMinusZ1);
            double l2 = log1mP + logF2 - Math.Log(oneMinusZ2);
            double max = Math.Max(l1, l2);
            double ratio = Math.Exp(Math.Min(l1, l2) - max);
            ll += w * (max + PreciseMath.Log1P(ratio));
            if (!c.WantGradient)
            {
                continue;
            }

            double w1 = l1 >= l2 ? 1 / (1 + ratio) : ratio / (1 + ratio);
            double w2 = 1 - w1;
            double zOver1 = (1 - oneMinusZ1) / oneMinusZ1;
            double zOver2 = (1 - oneMinusZ2) / oneMinusZ2;
            double bE1 = b1 + e;
            double bE2 = b2 + e;
            gA1 += w * w1 * (c.Dg1[g] - u1 - (zOver1 * u1));
            gA2 += w * w2 * (c.Dg2[g] - u2 - (zOver2 * u2));
            gB1 += w * w1 * ((a1 / b1) - ((a1 + n) / bE1) + (zOver1 * a1 * e / (b1 * bE1)));
            gB2 += w * w2 * ((a2 / b2) - ((a2 + n) / bE2) + (zOver2 * a2 * e / (b2 * bE2)));
            gP += w * ((w1 / p) - (w2 / (1 - p)));
        }

        sums[0] = ll;
        sums[1] = gA1;
        sums[2] = gB1;
        sums[3] = gA2;
        sums[4] = gB2;
        sums[5] = gP;
    }

    private sealed record EvaluationContext(GammaMixtureHyperparameters H, double[] Lg1, double[] Lg2, double[] Dg1, double[] Dg2, bool WantGradient);
}
