namespace MesoSafe.Cli.Signals;

/// <summary>Everything the <c>signals</c> command was asked to do, parsed from the command line.</summary>
internal sealed record SignalsSettings
{
    /// <summary>A file, a FAERS folder, or "-" for standard input.</summary>
    public string Input { get; init; } = "-";

    /// <summary>A file, or "-" for standard output.</summary>
    public string Output { get; init; } = "-";

    public string Format { get; init; } = "csv";
    public string OutputFormat { get; init; } = "csv";
    public IReadOnlyList<string> Strata { get; init; } = [];
    public string? ProductColumn { get; init; }
    public string? EventColumn { get; init; }
    public string IdColumn { get; init; } = "id";
    public IReadOnlyList<string> Roles { get; init; } = ["PS"];
    public long MinN { get; init; } = 1;
    public int? Top { get; init; }
    public string Criteria { get; init; } = "default";
    public bool ListIds { get; init; }
    public string? Plot { get; init; }
    public int PlotTop { get; init; } = 20;
    public bool Squash { get; init; }

    /// <summary>Hyperparameters to use instead of fitting (e.g. openEBGM's, to compare).</summary>
    public MesoSafe.Signals.GammaMixtureHyperparameters? Prior { get; init; }

    /// <summary>Which converged optimum of the fit is used (consistent: openEBGM's rule).</summary>
    public MesoSafe.Signals.PriorSelection PriorSelection { get; init; } = MesoSafe.Signals.PriorSelection.Consistent;
}
