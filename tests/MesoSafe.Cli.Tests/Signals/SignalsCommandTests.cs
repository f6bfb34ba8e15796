using System.Globalization;
using System.Text.Json;
using MesoSafe.Testing;
using Xunit;

namespace MesoSafe.Cli.Tests.Signals;

/// <summary>The <c>signals</c> command run as a process on the shared CAERS data and small inputs.</summary>
public sealed class SignalsCommandTests
{
    private const string ContractHeader = "product,event,N,E,RR,PRR,ROR,IC,IC025,EBGM,EB05,EB95";

    // openEBGM 0.9.1 vignette hyperparameters for caers.csv (alpha1, beta1, alpha2, beta2, p).
    private const string OpenEbgmPrior = "3.25597,0.39999,2.02375,1.90613,0.0653074";

    private static readonly string Caers = SharedFiles.Data("caers", "caers.csv");

    private static Dictionary<string, string> Record(string header, string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return header.Split(',').Zip(fields).ToDictionary(p => p.First, p => p.Second);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Caers_gives_the_contract_header_one_row_per_pair_and_the_prior_on_stderr()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers);

        Assert.Equal(0, result.ExitCode);
        string[] lines = Lines(result.Output);
        Assert.StartsWith(ContractHeader + ",", lines[0], StringComparison.Ordinal);
        Assert.Equal(17_189, lines.Length - 1);
        var row = Record(lines[0], Assert.Single(lines, l => l.StartsWith("REUMOFAN PLUS,WEIGHT INCREASED,", StringComparison.Ordinal)));
        Assert.Equal("16", row["N"]);
        Assert.Equal(0.406436, Number(row["E"]), 1e-6);
        string json = Assert.Single(result.ErrorLines, l => l.StartsWith('{'));
        using var prior = JsonDocument.Parse(json);
        foreach (string name in new[] { "alpha1", "beta1", "alpha2", "beta2", "p", "logLikelihood" })
        {
            Assert.True(prior.RootElement.GetProperty(name).GetDouble() is var v && double.IsFinite(v), name);
        }
    }

    [Fact]
    public async Task Caers_with_openEbgm_hyperparameters_reproduces_openEbgm_scores()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--prior", OpenEbgmPrior);

        string[] lines = Lines(result.Output);
        var row = Record(lines[0], Assert.Single(lines, l => l.StartsWith("REUMOFAN PLUS,WEIGHT INCREASED,", StringComparison.Ordinal)));
        Assert.Equal(23.26, Number(row["EBGM"]), 0.01);
        Assert.Equal(15.68, Number(row["EB05"]), 0.01);
        Assert.Equal(33.48, Number(row["EB95"]), 0.01);
    }

    [Fact]
    public async Task Caers_default_fit_is_openEbgm_s_consistent_optimum_and_reports_the_lone_one()
    {
        // No --prior: our own fit, chosen by consistent convergence (openEBGM autoHyper's rule).
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers);

        Assert.Equal(0, result.ExitCode);
        using var prior = JsonDocument.Parse(Assert.Single(result.ErrorLines, l => l.StartsWith('{')));
        var json = prior.RootElement;
        Assert.Equal(3.25597, json.GetProperty("alpha1").GetDouble(), 0.01);
        Assert.Equal(0.39999, json.GetProperty("beta1").GetDouble(), 1e-3);
        Assert.Equal(2.02375, json.GetProperty("alpha2").GetDouble(), 0.01);
        Assert.Equal(1.90613, json.GetProperty("beta2").GetDouble(), 1e-3);
        Assert.Equal(0.0653074, json.GetProperty("p").GetDouble(), 1e-3);
        Assert.True(-json.GetProperty("logLikelihood").GetDouble() <= 4162.4557 + 1e-4);
        Assert.True(json.GetProperty("startsAgreed").GetInt32() >= 2);
        Assert.Equal("consistent", json.GetProperty("priorSelection").GetString());
        Assert.False(json.GetProperty("atBoundary").GetBoolean());
        Assert.True(-json.GetProperty("loneOptimumLogLikelihood").GetDouble() <= 4162.19);

        string[] lines = Lines(result.Output);
        var reumofan = Record(lines[0], Assert.Single(lines, l => l.StartsWith("REUMOFAN PLUS,WEIGHT INCREASED,", StringComparison.Ordinal)));
        Assert.Equal(23.26, Number(reumofan["EBGM"]), 0.01);
        Assert.Equal(15.68, Number(reumofan["EB05"]), 0.02);
        Assert.Equal(33.48, Number(reumofan["EB95"]), 0.02);
        var phenylalanine = Record(lines[0], Assert.Single(lines, l => l.StartsWith("1-PHENYLALANINE,HEART RATE INCREASED,", StringComparison.Ordinal)));
        Assert.Equal(2.2269, Number(phenylalanine["EBGM"]), 2.2269e-3);
        Assert.Equal(0.49087, Number(phenylalanine["EB05"]), 0.49087e-3);
        Assert.Equal(13.8586, Number(phenylalanine["EB95"]), 13.8586e-3);
    }

    [Fact]
    public async Task Caers_best_selection_takes_the_single_start_optimum()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--prior-selection", "best");

        Assert.Equal(0, result.ExitCode);
        using var prior = JsonDocument.Parse(Assert.Single(result.ErrorLines, l => l.StartsWith('{')));
        Assert.True(-prior.RootElement.GetProperty("logLikelihood").GetDouble() <= 4162.19);
        Assert.Equal("best", prior.RootElement.GetProperty("priorSelection").GetString());
        Assert.Equal(JsonValueKind.Null, prior.RootElement.GetProperty("loneOptimumLogLikelihood").ValueKind);
    }

    [Fact]
    public async Task Output_file_gets_the_rows_and_stdout_stays_empty()
    {
        using var output = new TempFile("signals.csv");

        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--output", output.Path, "--min-n", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
        string[] lines = File.ReadAllLines(output.Path);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.True(long.Parse(Record(lines[0], l)["N"], CultureInfo.InvariantCulture) >= 5));
    }

    [Fact]
    public async Task Top_keeps_the_K_highest_EB05_in_descending_order()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--top", "7");

        string[] lines = Lines(result.Output);
        Assert.Equal(8, lines.Length);
        double[] eb05 = [.. lines.Skip(1).Select(l => Number(Record(lines[0], l)["EB05"]))];
        Assert.Equal(eb05.OrderDescending(), eb05);
    }

    [Fact]
    public async Task List_ids_names_the_reports_behind_each_pair()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--list-ids", "--top", "3");

        string[] lines = Lines(result.Output);
        Assert.EndsWith(",ids", lines[0], StringComparison.Ordinal);
        foreach (string line in lines.Skip(1))
        {
            var row = Record(lines[0], line);
            Assert.Equal(long.Parse(row["N"], CultureInfo.InvariantCulture), row["ids"].Split(';').Distinct().Count());
        }
    }

    [Fact]
    public async Task Json_output_parses_with_the_same_names()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--top", "5", "--output-format", "json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(5, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        foreach (string name in ContractHeader.Split(','))
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }

        Assert.Equal(JsonValueKind.True, first.GetProperty("signal").ValueKind);
    }

    [Fact]
    public async Task Json_lines_output_is_one_object_a_line()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--top", "4", "--output-format", "jsonl");

        string[] lines = Lines(result.Output);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("png")]
    public async Task Plot_writes_a_non_empty_image(string extension)
    {
        using var plot = new TempFile("top." + extension);

        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--plot", plot.Path, "--plot-top", "10", "--output", Path.ChangeExtension(plot.Path, ".csv"));

        Assert.Equal(0, result.ExitCode);
        byte[] bytes = File.ReadAllBytes(plot.Path);
        Assert.True(bytes.Length > 1000);
        if (extension == "svg")
        {
            Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
    }

    [Fact]
    public async Task Header_only_input_gives_header_only_output_and_exit_0()
    {
        var result = await MesosafeProcess.RunWithInputAsync("id,product,event\n", "signals");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(ContractHeader + ",", Assert.Single(Lines(result.Output)), StringComparison.Ordinal);
        Assert.Contains(result.ErrorLines, l => l.Contains("did not converge", StringComparison.Ordinal));
        using var prior = JsonDocument.Parse(Assert.Single(result.ErrorLines, l => l.StartsWith('{')));
        Assert.False(prior.RootElement.GetProperty("converged").GetBoolean());
    }

    [Fact]
    public async Task Strata_change_the_expected_count_but_not_N()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", Caers, "--strata", "strat1");

        Assert.Equal(0, result.ExitCode);
        string[] lines = Lines(result.Output);
        Assert.Equal(17_189, lines.Length - 1);
        var row = Record(lines[0], Assert.Single(lines, l => l.StartsWith("REUMOFAN PLUS,WEIGHT INCREASED,", StringComparison.Ordinal)));
        Assert.Equal("16", row["N"]);
        Assert.NotEqual(0.406436, Number(row["E"]), 1e-4);
    }

    [Fact]
    public async Task Standard_input_is_read_and_duplicates_count_once()
    {
        var result = await MesosafeProcess.RunWithInputAsync("id,product,event\n1,A,X\n1,A,X\n2,A,X\n3,B,Y\n4,C,Z\n", "signals");

        string[] lines = Lines(result.Output);
        Assert.Equal("2", Record(lines[0], Assert.Single(lines, l => l.StartsWith("A,X,", StringComparison.Ordinal)))["N"]);
    }

    [Fact]
    public async Task Missing_column_exits_2_with_one_line_naming_it()
    {
        var result = await MesosafeProcess.RunWithInputAsync("id,product\n1,A\n", "signals");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'event'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Unreadable_file_exits_2_naming_it()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", "/no/such/reports.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/reports.csv", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--criteria", "fda")]
    [InlineData("--output-format", "xml")]
    [InlineData("--min-n", "0")]
    [InlineData("--plot", "chart.pdf")]
    [InlineData("--prior", "1,2,3")]
    [InlineData("--prior-selection", "global")]
    public async Task Bad_option_exits_2_with_one_line(string option, string value)
    {
        var result = await MesosafeProcess.RunWithInputAsync("id,product,event\n1,A,X\n", "signals", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public async Task Malformed_rows_are_reported_by_line_skipped_and_exit_3()
    {
        var result = await MesosafeProcess.RunWithInputAsync("id,product,event\n1,A,X\n2,B\n3,A,X\n4,\"C\"x,Y\n5,B,Y\n", "signals");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("line 3", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("line 5", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains("skipped 2 malformed rows", StringComparison.Ordinal));
        string[] lines = Lines(result.Output);
        Assert.Equal("2", Record(lines[0], Assert.Single(lines, l => l.StartsWith("A,X,", StringComparison.Ordinal)))["N"]);
    }

    [Fact]
    public async Task Caers_raw_export_is_read_with_its_own_columns()
    {
        var result = await MesosafeProcess.RunAsync("signals", "--input", SharedFiles.Data("caers", "caers_raw.csv"), "--format", "caers-raw", "--strata", "CI_Gender");

        Assert.Equal(0, result.ExitCode);
        string[] lines = Lines(result.Output);
        Assert.Contains(lines, l => l.StartsWith("GREAT VALUE VANILLA WAFERS,VOMITING,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("GREAT VALUE VANILLA WAFERS,GASTRITIS,", StringComparison.Ordinal));
    }
}
