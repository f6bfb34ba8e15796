namespace MesoSafe.Signals;

/// <summary>log(1 + x) and exp(x) - 1 without cancellation for small x (.NET's double.LogP1 and
/// double.ExpM1 are the naive formulas). Kahan's/Goldberg's correction tricks.</summary>
internal static class PreciseMath
{
    public static double Log1P(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    public static double ExpM1(double x)
    {
        if (Math.Abs(x) >= 0.5)
        {
            return Math.Exp(x) - 1;
        }

        double u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        double um1 = u - 1;
        return um1 == -1 ? -1 : um1 * x / Math.Log(u);
    }
}
