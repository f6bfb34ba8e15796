namespace MesoSafe.Signals.Prior;

/// <summary>Where <see cref="QuasiNewtonMinimizer"/> stopped and why, with its final inverse-Hessian
/// estimate (to warm-start a polish on related data).</summary>
internal sealed record QuasiNewtonResult(double[] X, double Value, double[] Gradient, int Iterations, int Evaluations, bool Converged, string Reason, double[,] InverseHessian);
