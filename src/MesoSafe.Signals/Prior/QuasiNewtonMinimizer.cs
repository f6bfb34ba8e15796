namespace MesoSafe.Signals.Prior;

/// <summary>A small BFGS minimiser (inverse-Hessian update, Armijo backtracking with a step cap)
/// for the 5-parameter prior fit. Points where the objective is not finite are rejected by the
/// line search, so a start that wanders to a boundary stops instead of producing NaN.</summary>
internal static class QuasiNewtonMinimizer
{
    public delegate double Objective(ReadOnlySpan<double> x, Span<double> gradient);

    public static QuasiNewtonResult Minimize(Objective objective, double[] start, QuasiNewtonSettings settings, double[,]? inverseHessian = null)
    {
        int n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        double f = objective(x, g);
        int evaluations = 1;
        if (!double.IsFinite(f) || !AllFinite(g))
        {
            return new QuasiNewtonResult(x, f, g, 0, evaluations, false, "not-finite", Identity(n));
        }

        var h = inverseHessian is null ? Identity(n) : (double[,])inverseHessian.Clone();
        var direction = new double[n];
        var trial = new double[n];
        var trialGradient = new double[n];
        var s = new double[n];
        var y = new double[n];
        var hy = new double[n];
        int stalled = 0;
        bool firstStep = inverseHessian is null;
        for (int iteration = 1; iteration <= settings.MaxIterations; iteration++)
        {
            if (MaxAbs(g) <= GradientTolerance(settings, f))
            {
                return new QuasiNewtonResult(x, f, g, iteration - 1, evaluations, true, "gradient", h);
            }

            Multiply(h, g, direction, -1);
            double slope = Dot(direction, g);
            if (!(slope < 0))
            {
                h = Identity(n);
                Multiply(h, g, direction, -1);
                slope = Dot(direction, g);
            }

            // The best this step can gain (first order) is below the function tolerance: done, instead
            // of halving the step dozens of times for nothing.
            if (-slope <= settings.FunctionTolerance * Math.Max(1, Math.Abs(f)))
            {
                bool small = MaxAbs(g) <= GradientTolerance(settings, f) * 100;
                return new QuasiNewtonResult(x, f, g, iteration, evaluations, small, "no-further-progress", h);
            }

            // Cap the step: theta is on log / logit scale, a jump of more than MaxStep is never sensible.
            double length = Math.Sqrt(Dot(direction, direction));
            double step = Math.Min(1, settings.MaxStep / length);
            if (firstStep)
            {
                step = Math.Min(step, 0.1 / Math.Max(1e-12, MaxAbs(direction)));
            }

            double trialF = double.NaN;
            bool accepted = false;
            for (int backtrack = 0; backtrack < 60; backtrack++)
            {
                for (int k = 0; k < n; k++)
                {
                    trial[k] = x[k] + (step * direction[k]);
                }

                bool inside = true;
                for (int k = 0; k < n; k++)
                {
                    inside &= trial[k] >= -settings.Bound && trial[k] <= (k < n - 1 ? settings.UpperBound : settings.Bound);
                }

                if (inside)
                {
                    trialF = objective(trial, trialGradient);
                    evaluations++;
                    if (double.IsFinite(trialF) && AllFinite(trialGradient) && trialF <= f + (1e-4 * step * slope))
                    {
                        accepted = true;
                        break;
                    }
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                bool small = MaxAbs(g) <= GradientTolerance(settings, f) * 100;
                return new QuasiNewtonResult(x, f, g, iteration, evaluations, small, "line-search-failed", h);
            }

            for (int k = 0; k < n; k++)
            {
                s[k] = trial[k] - x[k];
                y[k] = trialGradient[k] - g[k];
            }

            double sy = Dot(s, y);
            if (sy > 1e-12 * Math.Sqrt(Dot(s, s) * Dot(y, y)))
            {
                if (firstStep)
                {
                    // Scale the initial inverse Hessian (Nocedal & Wright 6.20).
                    double scale = sy / Dot(y, y);
                    for (int k = 0; k < n; k++)
                    {
                        h[k, k] = scale;
                    }
                }

                UpdateInverseHessian(h, s, y, sy, hy);
                firstStep = false;
            }

            double improvement = f - trialF;
            Array.Copy(trial, x, n);
            Array.Copy(trialGradient, g, n);
            f = trialF;
            stalled = improvement <= settings.FunctionTolerance * Math.Max(1, Math.Abs(f)) ? stalled + 1 : 0;
            if (stalled >= 3)
            {
                bool small = MaxAbs(g) <= GradientTolerance(settings, f) * 100;
                return new QuasiNewtonResult(x, f, g, iteration, evaluations, small, "no-further-progress", h);
            }
        }

        return new QuasiNewtonResult(x, f, g, settings.MaxIterations, evaluations, false, "iteration-limit", h);
    }

    // Absolute floor plus a part relative to |f|: the gradient is a sum over cells, so it scales with the data.
    private static double GradientTolerance(QuasiNewtonSettings settings, double f) =>
        settings.GradientTolerance + (settings.RelativeGradientTolerance * Math.Abs(f));

    private static void UpdateInverseHessian(double[,] h, double[] s, double[] y, double sy, double[] hy)
    {
        int n = s.Length;
        Multiply(h, y, hy, 1);
        double yhy = Dot(y, hy);
        double rho = 1 / sy;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                h[i, j] += (((1 + (yhy * rho)) * s[i] * s[j]) - (hy[i] * s[j]) - (s[i] * hy[j])) * rho;
            }
        }
    }

    private static double[,] Identity(int n)
    {
        var h = new double[n, n];
        for (int k = 0; k < n; k++)
        {
            h[k, k] = 1;
        }

        return h;
    }

    private static void Multiply(double[,] m, double[] v, double[] result, double sign)
    {
        for (int i = 0; i < v.Length; i++)
        {
            double sum = 0;
            for (int j = 0; j < v.Length; j++)
            {
                sum += m[i, j] * v[j];
            }

            result[i] = sign * sum;
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }

    private static double MaxAbs(double[] a)
    {
        double max = 0;
        foreach (double v in a)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    private static bool AllFinite(double[] a)
    {
        foreach (double v in a)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }
}
