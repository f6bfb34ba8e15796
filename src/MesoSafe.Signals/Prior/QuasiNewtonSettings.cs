namespace MesoSafe.Signals.Prior;

/// <summary>Stopping rules of <see cref="QuasiNewtonMinimizer"/>: converged when
/// max |gradient| &lt;= GradientTolerance + RelativeGradientTolerance |f|.</summary>
internal sealed record QuasiNewtonSettings(
    double GradientTolerance,
    double RelativeGradientTolerance = 0,
    double FunctionTolerance = 1e-12,
    int MaxIterations = 500,
    double MaxStep = 2,
    double Bound = 25);
