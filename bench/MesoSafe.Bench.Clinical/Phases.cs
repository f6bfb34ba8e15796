using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MesoSafe.Clinical.Json;
using MesoSafe.Clinical.Screening;
using MesoSafe.Knowledge;

namespace MesoSafe.Bench.Clinical;

/// <summary>`--phases FILE [passes]`: where the CPU time of `mesosafe screen` goes, in process and on
/// one thread: runtime start, knowledge base, engine, then per pass JSON parse, screening (reading and
/// rules) and JSON write, each timed with <see cref="Process.TotalProcessorTime"/> (CPU, not wall:
/// the machine is shared). Pass 1 includes the JIT and the reader's caches filling.</summary>
internal static class Phases
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Run(string path, int passes)
    {
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }

        var start = Cpu();
        Report("runtime start (to Main)", start, 0);
        var knowledgeBase = KnowledgeBase.LoadEmbedded();
        var loaded = Cpu();
        Report("knowledge base load", loaded - start, 0);
        var engine = new ScreeningEngine(knowledgeBase);
        var built = Cpu();
        Report("screening engine", built - loaded, 0);

        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => (ReadOnlyMemory<byte>)System.Text.Encoding.UTF8.GetBytes(l)).ToArray();
        var requests = new ScreeningRequest[lines.Length];
        var results = new ScreeningResult?[lines.Length];
        var output = new ArrayBufferWriter<byte>(1 << 20);
        for (var pass = 1; pass <= passes; pass++)
        {
            var bytes0 = GC.GetAllocatedBytesForCurrentThread();
            var gcs0 = GC.CollectionCount(0);
            var t0 = Cpu();
            for (var i = 0; i < lines.Length; i++)
            {
                requests[i] = ScreeningRequestJson.Parse(lines[i]).Request!;
            }

            var t1 = Cpu();
            var bytes1 = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < lines.Length; i++)
            {
                results[i] = requests[i] is { } request ? engine.Evaluate(request) : null;
            }

            using (var sampler = pass == passes && Environment.GetEnvironmentVariable("PHASES_ALLOCATIONS") == "1" ? new AllocationTypes() : null)
            {
                if (sampler is not null)
                {
                    for (var i = 0; i < lines.Length; i++)
                    {
                        _ = requests[i] is { } request ? engine.Evaluate(request) : null;
                    }

                    foreach (var (type, amount) in sampler.Bytes.OrderByDescending(p => p.Value).Take(30))
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {amount / lines.Length,8:N0} B a line  {type}"));
                    }
                }
            }

            var t2 = Cpu();
            var bytes2 = GC.GetAllocatedBytesForCurrentThread();
            using (var writer = new Utf8JsonWriter(output, WriterOptions))
            {
                foreach (var result in results)
                {
                    if (result is not null)
                    {
                        JsonSerializer.Serialize(writer, result, ContractJsonContext.Default.ScreeningResult);
                    }

                    writer.Flush();
                    output.ResetWrittenCount();
                    writer.Reset(output);
                }
            }

            var t3 = Cpu();
            var bytes3 = GC.GetAllocatedBytesForCurrentThread();
            Report($"pass {pass}: parse", t1 - t0, lines.Length);
            Report($"pass {pass}: screen", t2 - t1, lines.Length);
            Report($"pass {pass}: write", t3 - t2, lines.Length);
            Report($"pass {pass}: all", t3 - t0, lines.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: allocated a line: parse {(bytes1 - bytes0) / lines.Length:N0} B, screen {(bytes2 - bytes1) / lines.Length:N0} B, write {(bytes3 - bytes2) / lines.Length:N0} B; gen0 collections {GC.CollectionCount(0) - gcs0}"));
        }
    }

    private static void Report(string phase, double cpuSeconds, int lines)
    {
        var text = lines == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{phase,-28} {cpuSeconds,8:F3} CPU s")
            : string.Create(CultureInfo.InvariantCulture, $"{phase,-28} {cpuSeconds,8:F3} CPU s  {cpuSeconds / lines * 1e6,8:F2} us a line  {lines / cpuSeconds,10:N0} a CPU s");
        Console.WriteLine(text);
    }
}
