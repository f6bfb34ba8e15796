using MesoSafe.Testing;

namespace MesoSafe.Signals.Tests.TestData;

/// <summary>The shared CAERS and FAERS tables, read once per test run (read-only, never modified).</summary>
public static class SharedDataSets
{
    private static readonly Lazy<ReportTable> CaersTable = new(() =>
    {
        var builder = new ReportTableBuilder();
        CsvTupleFile.Load(SharedFiles.Data("caers", "caers.csv"), builder, "id", "var1", "var2");
        return builder.Build();
    });

    private static readonly Lazy<ReportTable> FaersTable = new(() =>
    {
        var builder = new ReportTableBuilder();
        CsvTupleFile.Load(SharedFiles.Data("faers", "faers22q3.csv"), builder, "id", "product", "event");
        return builder.Build();
    });

    private static readonly Lazy<SignalAnalysisResult> CaersFitted = new(() => SignalAnalysis.Run(Caers));

    private static readonly Lazy<SignalAnalysisResult> FaersFitted = new(() => SignalAnalysis.Run(Faers));

    /// <summary>openEBGM 0.9.1's fit on caers (autoHyper, unsquashed negLL), as given in issue 6.</summary>
    public static GammaMixtureHyperparameters OpenEbgmCaersPrior { get; } = new(3.25597, 0.39999, 2.02375, 1.90613, 0.0653074);

    public static ReportTable Caers => CaersTable.Value;

    public static ReportTable Faers => FaersTable.Value;

    public static SignalAnalysisResult CaersAnalysis => CaersFitted.Value;

    public static SignalAnalysisResult FaersAnalysis => FaersFitted.Value;
}
