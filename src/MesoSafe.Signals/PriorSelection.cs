namespace MesoSafe.Signals;

/// <summary>Which converged optimum of the multi-start prior fit is used (docs/adr/0301-prior-selection-consistent-convergence.md).</summary>
public enum PriorSelection
{
    /// <summary>openEBGM's autoHyper rule ("consistent convergence", min_conv = 1): the best optimum
    /// that at least two starts reach; the best single-start optimum only when no optimum has two.</summary>
    Consistent,

    /// <summary>The best converged optimum, even when only one start reaches it.</summary>
    Best,
}
