using MesoSafe.Signals;

namespace MesoSafe.Cli.Signals;

/// <summary>One output row: the core's scores and whether the chosen criteria flag it.</summary>
internal readonly record struct SignalOutputRow(SignalRow Row, bool Signal);
