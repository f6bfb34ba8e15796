using System.Diagnostics;
using System.Globalization;
using MesoSafe.Signals;
using MesoSafe.Signals.Tests.TestData;

// Prints load / Build / fit / posterior timings for the shared CAERS and FAERS files.
// Usage: dotnet run -c Release --project bench/signals-core -- [shared-data-dir] [repeats]
string dataRoot = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data"));
int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var inv = CultureInfo.InvariantCulture;

if (args.Length > 2 && args[2] == "synthetic")
{
    MeasureSynthetic();
}
else
{
    Measure("CAERS", Path.Combine(dataRoot, "caers", "caers.csv"), "id", "var1", "var2");
    Measure("FAERS 2022Q3", Path.Combine(dataRoot, "faers", "faers22q3.csv"), "id", "product", "event");
}

// 10,000,000 rows: 1,000,000 reports x 10 rows, 20,000 products, 5,000 events (seeded).
void MeasureSynthetic()
{
    var clock = Stopwatch.StartNew();
    var builder = new ReportTableBuilder();
    int reports = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000_000;
    MesoSafe.Signals.Benchmarks.SyntheticReports.Feed(builder, reports, 10, 20_000, 5_000, 42);
    Console.WriteLine(string.Create(inv, $"  fed {builder.RowsAdded:N0} rows in {clock.Elapsed.TotalMilliseconds:F0} ms"));
    double feed = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var table = builder.Build();
    double build = clock.Elapsed.TotalMilliseconds;
    Console.WriteLine(string.Create(inv, $"  built {table.PairCount:N0} pairs in {build:F0} ms"));
    clock.Restart();
    var (prior, message) = SignalAnalysis.FitPrior(table);
    Console.WriteLine(string.Create(inv, $"  fitted in {clock.Elapsed.TotalMilliseconds:F0} ms: a1={prior.Alpha1:G6} b1={prior.Beta1:G6} a2={prior.Alpha2:G6} b2={prior.Beta2:G6} p={prior.P:G6}"));
    double fit = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var analysis = SignalAnalysis.Run(table, new SignalOptions { FixedPrior = prior.Hyperparameters });
    double posterior = clock.Elapsed.TotalMilliseconds;
    int finite = analysis.Rows.Count(r => double.IsFinite(r.EBGM) && double.IsFinite(r.EB05) && double.IsFinite(r.EB95) && double.IsFinite(r.IC025));
    long peak = Environment.WorkingSet;
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(inv, $"synthetic: rows {table.RowsRead:N0}, reports {table.TotalReports:N0}, pairs {table.PairCount:N0}, distinct (N,E) {prior.DistinctPoints:N0}, max N {analysis.Rows.Max(r => r.N):N0}"));
    Console.WriteLine(string.Create(inv, $"  feed(Add) {feed,8:F0} ms  build {build,8:F0} ms  fit {fit,8:F0} ms  posterior+scores {posterior,8:F0} ms  build+fit+posterior {build + fit + posterior,8:F0} ms  peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
    Console.WriteLine(string.Create(inv, $"  prior a1={prior.Alpha1:G9} b1={prior.Beta1:G9} a2={prior.Alpha2:G9} b2={prior.Beta2:G9} p={prior.P:G9} -LL={-prior.LogLikelihood:F6}"));
    Console.WriteLine(string.Create(inv, $"  starts tried {prior.StartsTried}, converged {prior.StartsConverged}, agreed {prior.StartsAgreed}; finite rows {finite:N0}/{analysis.Rows.Count:N0}; message {message ?? "none"}"));
}

void Measure(string name, string path, string id, string product, string @event)
{
    for (int run = 0; run < repeats; run++)
    {
        var clock = Stopwatch.StartNew();
        var builder = new ReportTableBuilder();
        CsvTupleFile.Load(path, builder, id, product, @event);
        double load = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var table = builder.Build();
        double build = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var (prior, message) = SignalAnalysis.FitPrior(table);
        double fit = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var analysis = SignalAnalysis.Run(table, new SignalOptions { FixedPrior = prior.Hyperparameters });
        double posterior = clock.Elapsed.TotalMilliseconds;
        int finite = analysis.Rows.Count(r => double.IsFinite(r.EBGM) && double.IsFinite(r.EB05) && double.IsFinite(r.EB95) && double.IsFinite(r.IC025));
        Console.WriteLine(string.Create(inv, $"{name} run {run + 1}: rows {table.RowsRead:N0}, reports {table.TotalReports:N0}, pairs {table.PairCount:N0}, distinct (N,E) {prior.DistinctPoints:N0}"));
        Console.WriteLine(string.Create(inv, $"  load(test CSV reader) {load,8:F1} ms  build {build,8:F1} ms  fit {fit,8:F1} ms  posterior+scores {posterior,8:F1} ms  build+fit+posterior {build + fit + posterior,8:F1} ms"));
        Console.WriteLine(string.Create(inv, $"  prior a1={prior.Alpha1:G9} b1={prior.Beta1:G9} a2={prior.Alpha2:G9} b2={prior.Beta2:G9} p={prior.P:G9} -LL={-prior.LogLikelihood:F6}"));
        foreach (var start in prior.Starts)
        {
            var h = start.End;
            Console.WriteLine(string.Create(inv, $"    start {start.Start.Alpha1}/{start.Start.Beta1}/{start.Start.Alpha2}/{start.Start.Beta2}/{start.Start.P:G3}: -LL={-start.LogLikelihood:F6} a1={h.Alpha1:G6} b1={h.Beta1:G6} a2={h.Alpha2:G6} b2={h.Beta2:G6} p={h.P:G6} {start.StopReason} it={start.Iterations} ev={start.Evaluations}"));
        }

        if (run == 0)
        {
            var likelihood = MesoSafe.Signals.Prior.GammaMixtureLikelihood.FromCells(table.PairReportCounts, table.PairExpected);
            var theta = MesoSafe.Signals.Prior.GammaMixtureLikelihood.ToTheta(prior.Hyperparameters);
            var gradient = new double[5];
            var evaluation = Stopwatch.StartNew();
            for (int k = 0; k < 20; k++)
            {
                likelihood.NegativeLogLikelihood(theta, gradient);
            }

            Console.WriteLine(string.Create(inv, $"  one likelihood+gradient evaluation on {likelihood.DistinctPoints:N0} points: {evaluation.Elapsed.TotalMilliseconds / 20:F2} ms"));
        }

        if (name == "CAERS" && run == 0)
        {
            var reference = new GammaMixtureHyperparameters(3.25597, 0.39999, 2.02375, 1.90613, 0.0653074);
            var fixedRun = SignalAnalysis.Run(table, new SignalOptions { FixedPrior = reference });
            Console.WriteLine(string.Create(inv, $"  at openEBGM's hyperparameters: -LL={-fixedRun.Prior.LogLikelihood:F6}"));
        }

        Console.WriteLine(string.Create(inv, $"  starts tried {prior.StartsTried}, converged {prior.StartsConverged}, agreed {prior.StartsAgreed}; rows with all MGPS/IC values finite {finite:N0}/{analysis.Rows.Count:N0}; message {message ?? "none"}"));
    }
}
