namespace MesoSafe.Signals.Prior;

/// <summary>Stopping rules of <see cref="QuasiNewtonMinimizer"/>.</summary>
internal sealed record QuasiNewtonSettings(
    double GradientTolerance,
    double FunctionTolerance = 1e-15,
    int MaxIterations = 500,
    double MaxStep = 2,
    double Bound = 25);
