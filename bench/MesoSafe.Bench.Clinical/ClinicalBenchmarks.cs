using BenchmarkDotNet.Attributes;
using MesoSafe.Clinical.Screening;
using MesoSafe.Clinical.Triage;
using MesoSafe.Knowledge;

namespace MesoSafe.Bench.Clinical;

[MemoryDiagnoser]
public class ClinicalBenchmarks
{
    private readonly ScreeningEngine screening = new(KnowledgeBase.LoadEmbedded());
    private readonly TriageEngine triage = new(KnowledgeBase.LoadEmbedded());

    [Benchmark(Baseline = true)]
    public ScreeningResult ScreenCodes() => screening.Evaluate(SampleRequests.ContractExample);

    [Benchmark]
    public ScreeningResult ScreenFreeText() => screening.Evaluate(SampleRequests.FreeText);

    [Benchmark]
    public TriageResult Triage() => triage.Evaluate(SampleRequests.Triage);
}
