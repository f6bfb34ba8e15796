using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using MesoSafe.Bench.Clinical;
using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;

// `--quick`: a Stopwatch loop (seconds); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--quick")
{
    var screening = new ScreeningEngine(KnowledgeBase.LoadEmbedded());
    var triage = new TriageEngine(KnowledgeBase.LoadEmbedded());
    Measure("screen (codes)", () => screening.Evaluate(SampleRequests.ContractExample));
    Measure("screen (free text)", () => screening.Evaluate(SampleRequests.FreeText));
    Measure("triage", () => triage.Evaluate(SampleRequests.Triage));
    return;
}

// `--phases FILE [passes]`: CPU time per phase of screening a JSON Lines file (Phases.cs).
if (args.Length > 1 && args[0] == "--phases")
{
    Phases.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ClinicalBenchmarks).Assembly).Run(args);

static void Measure(string name, Func<object> evaluate)
{
    const int Warmup = 200_000;
    const int Iterations = 1_000_000;
    for (var i = 0; i < Warmup; i++)
    {
        evaluate();
    }

    var stopwatch = Stopwatch.StartNew();
    for (var i = 0; i < Iterations; i++)
    {
        evaluate();
    }

    var microseconds = stopwatch.Elapsed.TotalMilliseconds * 1000 / Iterations;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {microseconds:F3} us per request ({1 / microseconds * 1_000_000:F0}/s on one thread)"));
}
