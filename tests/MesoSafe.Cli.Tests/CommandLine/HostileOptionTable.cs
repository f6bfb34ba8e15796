namespace MesoSafe.Cli.Tests.CommandLine;

/// <summary>Every option and argument of every <c>mesosafe</c> command with its hostile values, and
/// the arguments each command needs to run cleanly (so the hostile value is the only thing wrong).
/// HostileOptionTests fails when the parser has an option this table lacks.</summary>
internal static class HostileOptionTable
{
    public static IReadOnlyList<HostileRow> Rows { get; } =
    [
        new("screen", "--input", HostileValues.InputFile),
        new("triage", "--input", HostileValues.InputFile),
        new("kb lint", "--data", HostileValues.InputFolder),
        new("kb show", "code", HostileValues.Code, Passing.Argument),
        new("kb show", "--json", HostileValues.Flag, Passing.Flag),
        new("kb show", "--data", HostileValues.InputFolder),
        new("kb readings", "--database", HostileValues.Database),
        new("kb readings", "--provider", HostileValues.Choice),
        new("kb readings", "--output", HostileValues.OutputFile),
        new("signals", "--input", HostileValues.InputFile),
        new("signals", "--input", HostileValues.FaersFolder, With: ["--format", "faers"]),
        new("signals", "--output", HostileValues.OutputFile),
        new("signals", "--format", HostileValues.Choice),
        new("signals", "--output-format", HostileValues.Choice),
        new("signals", "--strata", HostileValues.Column),
        new("signals", "--product-column", HostileValues.Column),
        new("signals", "--event-column", HostileValues.Column),
        new("signals", "--id-column", HostileValues.Column),
        new("signals", "--role", HostileValues.Roles),
        HostileRow.Number("signals", "--min-n", 1, 1_000_000_000),
        HostileRow.Number("signals", "--top", 1, 100_000_000),
        new("signals", "--criteria", HostileValues.Choice),
        new("signals", "--list-ids", HostileValues.Flag, Passing.Flag),
        new("signals", "--plot", HostileValues.PlotFile),
        HostileRow.Number("signals", "--plot-top", 1, 200),
        new("signals", "--squash", HostileValues.Flag, Passing.Flag),
        new("signals", "--prior", HostileValues.Prior),
        new("signals", "--prior-selection", HostileValues.Choice),
        HostileRow.Number("synth", "--reports", 1, 100_000_000),
        HostileRow.Number("synth", "--products", 1, 1_000_000),
        HostileRow.Number("synth", "--events", 1, 1_000_000),
        HostileRow.Number("synth", "--seed", 0, ulong.MaxValue),
        HostileRow.Number("synth", "--planted", 0, 10_000),
        new("synth", "--output", HostileValues.OutputFile),
        new("db backup", "file", HostileValues.OutputFile, Passing.Argument),
        new("db backup", "--database", HostileValues.Database),
        new("db restore", "file", f => [.. HostileValues.InputFile(f), f.PlainFile], Passing.Argument),
        new("db restore", "--database", HostileValues.OutputFile),
        new("db restore", "--replace", HostileValues.Flag, Passing.Flag),
    ];

    /// <summary>Arguments with which each command runs and exits 0, by the symbol each pair sets
    /// (a hostile row drops the pair of its own symbol).</summary>
    public static IReadOnlyList<(string Symbol, string[] Arguments)> Clean(string command, HostileFiles f) => command switch
    {
        "screen" => [("--input", ["--input", f.ScreenRequests])],
        "triage" => [("--input", ["--input", f.TriageRequests])],
        "kb show" => [("code", ["anticoagulant"])],
        "kb readings" => [("--database", ["--database", f.Database]), ("--output", ["--output", f.NewOutput(".json")])],
        "signals" => [("--input", ["--input", f.ReportCsv]), ("--output", ["--output", f.NewOutput(".csv")])],
        "synth" => [("--reports", ["--reports", "20"]), ("--output", ["--output", f.NewOutput(".csv")])],
        "db backup" => [("--database", ["--database", f.Database]), ("file", [f.NewOutput(".db")])],
        "db restore" => [("file", [f.Database]), ("--database", ["--database", f.NewOutput(".db")])],
        _ => [],
    };
}
