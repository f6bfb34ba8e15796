using System.CommandLine;
using System.Globalization;
using MesoSafe.Cli.CommandLine;
using MesoSafe.Signals;
using MesoSafe.Signals.Inputs;

namespace MesoSafe.Cli.Signals;

/// <summary><c>mesosafe signals</c>: disproportionality and MGPS scores for every product-event
/// pair of a report file (contract.md, "Signals"; README, "Safety signals from the command line").</summary>
internal static class SignalsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "Report CSV (or a FAERS ASCII folder with --format faers); '-' or absent: standard input.", DefaultValueFactory = _ => "-" };
        var output = new Option<string>("--output", "-o") { Description = "Where the signals go; '-' or absent: standard output.", DefaultValueFactory = _ => "-" };
        var format = new Option<string>("--format") { Description = "Input format: csv (id,product,event), caers-raw (FDA CAERS export), faers (FAERS quarterly ASCII folder).", DefaultValueFactory = _ => "csv" };
        ChoiceOption.OneOf(format, "csv", "caers-raw", "faers");
        var outputFormat = new Option<string>("--output-format") { Description = "csv, json (one array) or jsonl (one object a line).", DefaultValueFactory = _ => "csv" };
        ChoiceOption.OneOf(outputFormat, "csv", "json", "jsonl");
        var strata = new Option<string?>("--strata") { Description = "Comma-separated stratum columns (together one stratum key), e.g. strat1 or CI_Gender or sex." };
        var productColumn = new Option<string?>("--product-column") { Description = "Product column (default: product, else var1)." };
        var eventColumn = new Option<string?>("--event-column") { Description = "Event column (default: event, else var2)." };
        var idColumn = new Option<string>("--id-column") { Description = "Report id column.", DefaultValueFactory = _ => "id" };
        var role = new Option<string>("--role") { Description = "FAERS drug roles kept (role_cod), comma-separated, or 'all'.", DefaultValueFactory = _ => "PS" };
        var minN = WholeNumberOption.Create<long>("--min-n", "Only pairs with N >= this.", 1, 1_000_000_000, 1);
        var top = WholeNumberOption.CreateOptional<int>("--top", "Only the K pairs with the highest EB05 (after --min-n), in that order.", 1, 100_000_000);
        var criteria = new Option<string>("--criteria") { Description = "Rule for the signal column: default (EB05>=2), mhra, evans, ema.", DefaultValueFactory = _ => "default" };
        ChoiceOption.OneOf(criteria, [.. SignalCriteria.All.Select(c => c.Name)]);
        var listIds = new Option<bool>("--list-ids") { Description = "Add an ids column: the reports behind each pair, ';'-separated." };
        var plot = new Option<string?>("--plot") { Description = "Also draw the top pairs' EBGM and EB05-EB95 to this .svg or .png file." };
        // At most 200 pairs: a readable chart (4,860 px tall); more would make a PNG of gigabytes.
        var plotTop = WholeNumberOption.Create("--plot-top", "Pairs in the plot.", 1, 200, 20);
        var squash = new Option<bool>("--squash") { Description = "Fit the prior on openEBGM-style squashed data." };
        var priorSelection = new Option<string>("--prior-selection") { Description = "Which fitted optimum is used: consistent (openEBGM's rule: the best one at least two starts reach) or best (the best one, even if a single start reaches it).", DefaultValueFactory = _ => "consistent" };
        ChoiceOption.OneOf(priorSelection, "consistent", "best");
        var prior = new Option<string?>("--prior") { Description = "Use these hyperparameters instead of fitting: alpha1,beta1,alpha2,beta2,p (e.g. openEBGM's)." };
        prior.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && ParsePrior(text) is not { IsValid: true })
            {
                r.AddError("--prior needs five numbers alpha1,beta1,alpha2,beta2,p (shapes and rates > 0, 0 < p < 1)");
            }
        });
        foreach (Option column in new Option[] { productColumn, eventColumn, idColumn, strata })
        {
            NamesColumns(column);
        }

        role.Validators.Add(r =>
        {
            string text = r.GetValueOrDefault<string?>() ?? "";
            string[] roles = SplitList(text);
            if (!text.Equals("all", StringComparison.OrdinalIgnoreCase)
                && (roles.Length == 0 || !roles.All(x => FaersReportOptions.KnownRoles.Contains(x, StringComparer.OrdinalIgnoreCase))))
            {
                r.AddError($"--role {CliText.Quote(text)}: name FAERS roles ({string.Join(", ", FaersReportOptions.KnownRoles)}), comma-separated, or 'all'");
            }
        });
        PathOption.OutputFile(output, standardOutput: true);
        PathOption.OutputFile(plot, standardOutput: false);
        plot.Validators.Add(r =>
        {
            string? path = r.GetValueOrDefault<string?>();
            string extension = Path.GetExtension(path ?? "").ToLowerInvariant();
            if (path is not null && extension is not ".svg" and not ".png")
            {
                r.AddError("--plot must name a .svg or .png file");
            }
        });

        var command = new Command("signals", "Disproportionality (PRR, ROR, IC) and MGPS (EBGM, EB05, EB95) for every product-event pair of a report file.")
        {
            input, output, format, outputFormat, strata, productColumn, eventColumn, idColumn, role, minN, top, criteria, listIds, plot, plotTop, squash, prior, priorSelection,
        };

        // --input is a file, or a folder with --format faers. Read from the tokens: a value given
        // twice is already an error of its own, and converting it here would throw.
        command.Validators.Add(r =>
        {
            string? path = r.GetResult(input) is { } given ? (given.Tokens.Count == 1 ? given.Tokens[0].Value : null) : PathOption.Standard;
            string? formatName = r.GetResult(format) is { Tokens: [var only] } ? only.Value : "csv";
            string? problem = formatName == "faers"
                ? PathOption.InputFolderProblem(input.Name, path)
                : PathOption.InputFileProblem(input.Name, path, standardInput: true);
            if (problem is not null)
            {
                r.AddError(problem);
            }
        });
        command.SetAction(parsed =>
        {
            var settings = new SignalsSettings
            {
                Input = parsed.GetValue(input) ?? "-",
                Output = parsed.GetValue(output) ?? "-",
                Format = parsed.GetValue(format) ?? "csv",
                OutputFormat = parsed.GetValue(outputFormat) ?? "csv",
                Strata = SplitList(parsed.GetValue(strata)),
                ProductColumn = parsed.GetValue(productColumn),
                EventColumn = parsed.GetValue(eventColumn),
                IdColumn = parsed.GetValue(idColumn) ?? "id",
                Roles = parsed.GetValue(role) is { } r && !r.Equals("all", StringComparison.OrdinalIgnoreCase) ? SplitList(r) : [],
                MinN = parsed.GetValue(minN),
                Top = parsed.GetValue(top),
                Criteria = parsed.GetValue(criteria) ?? "default",
                ListIds = parsed.GetValue(listIds),
                Plot = parsed.GetValue(plot),
                PlotTop = parsed.GetValue(plotTop),
                Squash = parsed.GetValue(squash),
                Prior = parsed.GetValue(prior) is { } p ? ParsePrior(p) : null,
                PriorSelection = parsed.GetValue(priorSelection) == "best" ? PriorSelection.Best : PriorSelection.Consistent,
            };
            using var stdin = Console.OpenStandardInput();
            using var stdout = Console.OpenStandardOutput();
            return new SignalsRun(settings, stdin, stdout, Console.Error).Execute();
        });
        return command;
    }

    /// <summary>A column option, when given, names at least one column, none of them blank.</summary>
    private static void NamesColumns(Option option) => option.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<string?>() is { } text && (SplitList(text).Length == 0 || text.Split(',').Any(string.IsNullOrWhiteSpace)))
        {
            r.AddError($"{option.Name} {CliText.Quote(text)}: name a column{(option.Name == "--strata" ? " (several: comma-separated)" : "")}");
        }
    });

    private static GammaMixtureHyperparameters? ParsePrior(string text)
    {
        string[] parts = SplitList(text);
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }
        }

        return values.Length == 5 ? new GammaMixtureHyperparameters(values[0], values[1], values[2], values[3], values[4]) : null;
    }

    private static string[] SplitList(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
