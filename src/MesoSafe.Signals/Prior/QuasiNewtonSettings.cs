namespace MesoSafe.Signals.Prior;

/// <summary>Stopping rules of <see cref="QuasiNewtonMinimizer"/>: converged when
/// max |gradient| &lt;= GradientTolerance + RelativeGradientTolerance |f|. The box: every theta
/// in [-Bound, Bound], and the log shapes and rates (all but the last, logit p) at most UpperBound
/// = ln(1e5): a shape or rate beyond 1e5 is a degenerate point-mass component (and makes the
/// incomplete gamma slow), so the search stops there instead.</summary>
internal sealed record QuasiNewtonSettings(
    double GradientTolerance,
    double RelativeGradientTolerance = 0,
    double FunctionTolerance = 1e-12,
    int MaxIterations = 500,
    double MaxStep = 2,
    double Bound = 25,
    double UpperBound = 11.512925464970229);
