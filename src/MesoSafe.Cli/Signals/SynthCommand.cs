using System.CommandLine;
using System.Globalization;
using System.Text;
using MesoSafe.Cli.CommandLine;
using MesoSafe.Signals.Synthetic;

namespace MesoSafe.Cli.Signals;

/// <summary><c>mesosafe synth</c>: writes a reproducible synthetic report CSV for the
/// <c>signals</c> command (benchmarks, demos); the planted pairs go to standard error as CSV.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        // Bounds: 100 M reports is about 1 G rows (33 GB, ~6 min); a million names each is far past
        // any real product or event list; planted pairs stay a small share of the pairs.
        var reports = WholeNumberOption.Create("--reports", "Reports to generate.", 1, 100_000_000, 1000);
        var products = WholeNumberOption.Create("--products", "Distinct products (Zipf frequencies).", 1, 1_000_000, 200);
        var events = WholeNumberOption.Create("--events", "Distinct events (Zipf frequencies).", 1, 1_000_000, 300);
        var seed = WholeNumberOption.Create("--seed", "Seed: the same seed and options give a byte-identical file.", 0UL, ulong.MaxValue, 1UL);
        var planted = WholeNumberOption.Create("--planted", "Product-event pairs with an elevated rate.", 0, 10_000, 10);
        var output = new Option<string>("--output", "-o") { Description = "CSV file; '-' or absent: standard output.", DefaultValueFactory = _ => "-" };
        PathOption.OutputFile(output, standardOutput: true);

        var command = new Command("synth", "Write a synthetic report CSV (id,product,event,sex) with planted signals.")
        {
            reports, products, events, seed, planted, output,
        };
        command.SetAction(parsed =>
        {
            var options = new SyntheticReportOptions
            {
                Reports = parsed.GetValue(reports),
                Products = parsed.GetValue(products),
                Events = parsed.GetValue(events),
                Seed = parsed.GetValue(seed),
                Planted = parsed.GetValue(planted),
            };
            string path = parsed.GetValue(output) ?? "-";
            try
            {
                using Stream stream = path == "-" ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
                long rows = SyntheticReportGenerator.Write(writer, options);

                // Flushed before anything goes to standard error: a full disk is then the only line.
                writer.Flush();
                Console.Error.WriteLine("planted_product,planted_event");
                foreach (var pair in SyntheticReportGenerator.PlantedSignals(options))
                {
                    Console.Error.WriteLine(pair.Product + "," + pair.Event);
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mesosafe: wrote {rows} rows for {options.Reports} reports"));
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                string target = path == PathOption.Standard ? "standard output" : "--output " + CliText.Quote(path);
                Console.Error.WriteLine($"mesosafe: output-unwritable: {target}: {CliText.OneLine(ex.Message)}");
                return 2;
            }
        });
        return command;
    }
}
