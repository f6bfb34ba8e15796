namespace MesoSafe.Signals.Scoring;

/// <summary>Frequentist disproportionality on the 2x2 table of distinct reports:
/// a = N, b = n_i. - N, c = n_.j - N, d = n.. - a - b - c. Plain IEEE arithmetic, so x/0 is
/// +Inf and 0/0 is NaN, exactly as R (and openEBGM) give them.</summary>
internal static class TwoByTwoScores
{
    /// <summary>The 97.5 % standard normal quantile.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>PRR = (a/(a+b)) / (c/(c+d)).</summary>
    public static double Prr(double a, double b, double c, double d) => a / (a + b) / (c / (c + d));

    /// <summary>95 % CI of the PRR by the log method: exp(ln PRR +- 1.96 sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d))).</summary>
    public static (double Lower, double Upper) PrrInterval(double a, double b, double c, double d)
    {
        double prr = Prr(a, b, c, d);
        double se = Math.Sqrt((1 / a) - (1 / (a + b)) + (1 / c) - (1 / (c + d)));
        double log = Math.Log(prr);
        return (Math.Exp(log - (Z975 * se)), Math.Exp(log + (Z975 * se)));
    }

    /// <summary>ROR = ad / (bc).</summary>
    public static double Ror(double a, double b, double c, double d) => a * d / (b * c);

    /// <summary>Woolf's 95 % CI: exp(ln ROR +- 1.96 sqrt(1/a + 1/b + 1/c + 1/d)).</summary>
    public static (double Lower, double Upper) RorInterval(double a, double b, double c, double d)
    {
        double se = Math.Sqrt((1 / a) + (1 / b) + (1 / c) + (1 / d));
        double log = Math.Log(Ror(a, b, c, d));
        return (Math.Exp(log - (Z975 * se)), Math.Exp(log + (Z975 * se)));
    }

    /// <summary>Pearson chi-square with Yates' continuity correction, as R's
    /// <c>chisq.test(correct = TRUE)</c>: n (|ad - bc| - min(n/2, |ad - bc|))^2 / ((a+b)(c+d)(a+c)(b+d)).
    /// A zero margin gives NaN.</summary>
    public static double YatesChiSquare(double a, double b, double c, double d)
    {
        double n = a + b + c + d;
        double delta = Math.Abs((a * d) - (b * c));
        double corrected = delta - Math.Min(n / 2, delta);
        double margins = (a + b) * (c + d) * (a + c) * (b + d);
        return margins == 0 ? double.NaN : n * corrected * corrected / margins;
    }
}
