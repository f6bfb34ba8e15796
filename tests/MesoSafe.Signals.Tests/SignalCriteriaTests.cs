using MesoSafe.Testing.Signals;

namespace MesoSafe.Signals.Tests;

public sealed class SignalCriteriaTests
{
    [Theory]
    [InlineData(2.0, true)]
    [InlineData(1.999, false)]
    [InlineData(double.NaN, false)]
    public void Default_flags_EB05_of_at_least_two(double eb05, bool expected) =>
        Assert.Equal(expected, SignalCriteria.Default.IsSignal(SignalRows.Make(eb05: eb05)));

    [Theory]
    [InlineData(3, 1.8, 2.5, true)]
    [InlineData(2, 1.8, 2.5, false)]
    [InlineData(3, 1.79, 2.5, false)]
    [InlineData(3, 1.8, 2.49, false)]
    public void Mhra_needs_EB05_N_and_EBGM(long n, double eb05, double ebgm, bool expected) =>
        Assert.Equal(expected, SignalCriteria.Mhra.IsSignal(SignalRows.Make(n: n, eb05: eb05, ebgm: ebgm)));

    [Theory]
    [InlineData(3, 2.0, 4.0, true)]
    [InlineData(2, 2.0, 4.0, false)]
    [InlineData(3, 1.9, 4.0, false)]
    [InlineData(3, 2.0, 3.9, false)]
    public void Evans_needs_PRR_chi_square_and_N(long n, double prr, double chiSquare, bool expected) =>
        Assert.Equal(expected, SignalCriteria.Evans.IsSignal(SignalRows.Make(n: n, prr: prr, prrChiSquare: chiSquare)));

    [Theory]
    [InlineData(5, 1.0, true)]
    [InlineData(4, 1.0, false)]
    [InlineData(5, 0.99, false)]
    public void Ema_needs_the_PRR_lower_bound_and_N(long n, double prrLower95, bool expected) =>
        Assert.Equal(expected, SignalCriteria.Ema.IsSignal(SignalRows.Make(n: n, prrLower95: prrLower95)));

    [Fact]
    public void Presets_are_found_by_name_and_an_unknown_name_is_refused()
    {
        Assert.Same(SignalCriteria.Evans, SignalCriteria.Named("EVANS"));
        Assert.Throws<ArgumentException>(() => SignalCriteria.Named("fda"));
    }

    [Fact]
    public void The_default_threshold_is_the_published_EB05_of_two()
    {
        Assert.Equal(2.0, SignalCriteria.Eb05Threshold);
        Assert.True(SignalCriteria.Default.IsSignal(SignalRows.Make(eb05: SignalCriteria.Eb05Threshold)));
        Assert.False(SignalCriteria.Default.IsSignal(SignalRows.Make(eb05: Math.BitDecrement(SignalCriteria.Eb05Threshold))));
    }
}
