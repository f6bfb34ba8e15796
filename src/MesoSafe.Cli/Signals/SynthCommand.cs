using System.CommandLine;
using System.Globalization;
using System.Text;
using MesoSafe.Signals.Synthetic;

namespace MesoSafe.Cli.Signals;

/// <summary><c>mesosafe synth</c>: writes a reproducible synthetic report CSV for the
/// <c>signals</c> command (benchmarks, demos); the planted pairs go to standard error as CSV.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var reports = new Option<int>("--reports") { Description = "Reports to generate.", DefaultValueFactory = _ => 1000 };
        var products = new Option<int>("--products") { Description = "Distinct products (Zipf frequencies).", DefaultValueFactory = _ => 200 };
        var events = new Option<int>("--events") { Description = "Distinct events (Zipf frequencies).", DefaultValueFactory = _ => 300 };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed and options give a byte-identical file.", DefaultValueFactory = _ => 1 };
        var planted = new Option<int>("--planted") { Description = "Product-event pairs with an elevated rate.", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--output", "-o") { Description = "CSV file; '-' or absent: standard output.", DefaultValueFactory = _ => "-" };
        foreach (var option in new[] { reports, products, events })
        {
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 1)
                {
                    r.AddError($"{option.Name} must be at least 1");
                }
            });
        }

        planted.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--planted must not be negative");
            }
        });

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
                Console.Error.WriteLine("mesosafe: output-unwritable: " + ex.Message.ReplaceLineEndings(" "));
                return 2;
            }
        });
        return command;
    }
}
