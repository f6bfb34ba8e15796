namespace MesoSafe.Signals.Prior;

/// <summary>Where <see cref="QuasiNewtonMinimizer"/> stopped and why.</summary>
internal sealed record QuasiNewtonResult(double[] X, double Value, double[] Gradient, int Iterations, int Evaluations, bool Converged, string Reason);
