using MesoSafe.Testing.Signals;

namespace MesoSafe.Signals.Tests;

public sealed class SignalRankingTests
{
    [Fact]
    public void Strongest_first_is_EB05_descending_with_NaN_last_then_N_then_names()
    {
        SignalRow[] rows =
        [
            SignalRows.Make(product: "A", @event: "nan", eb05: double.NaN, n: 50),
            SignalRows.Make(product: "B", @event: "low", eb05: 0.5),
            SignalRows.Make(product: "C", @event: "tie-small-n", eb05: 3, n: 2),
            SignalRows.Make(product: "C", @event: "tie-big-n-y", eb05: 3, n: 9),
            SignalRows.Make(product: "B", @event: "tie-big-n-x", eb05: 3, n: 9),
            SignalRows.Make(product: "D", @event: "top", eb05: 15.75),
        ];

        Assert.Equal(
            ["top", "tie-big-n-x", "tie-big-n-y", "tie-small-n", "low", "nan"],
            SignalRanking.StrongestFirst(rows).Select(r => r.Event));
    }
}
