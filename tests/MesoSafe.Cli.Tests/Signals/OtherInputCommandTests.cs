using System.Globalization;
using Xunit;

namespace MesoSafe.Cli.Tests.Signals;

/// <summary>The FAERS folder input and the synth command, run as processes.</summary>
public sealed class OtherInputCommandTests
{
    [Fact]
    public async Task Faers_folder_counts_cases_once_at_their_latest_version()
    {
        var folder = Directory.CreateTempSubdirectory("mesosafe-faers-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "DEMO22Q3.txt"),
                "primaryid$caseid$caseversion$i_f_code$sex\n11$1$1$I$F\n12$1$2$F$F\n21$2$1$I$M\n31$3$1$I$M\n");
            File.WriteAllText(Path.Combine(folder, "DRUG22Q3.txt"),
                "primaryid$caseid$drug_seq$role_cod$drugname$prod_ai\n11$1$1$PS$OLD$old\n12$1$1$PS$ASPIRIN$aspirin\n12$1$2$C$HIDDEN$h\n21$2$1$PS$ASPIRIN$aspirin\n31$3$1$PS$OTHER$o\n");
            File.WriteAllText(Path.Combine(folder, "REAC22Q3.txt"),
                "primaryid$caseid$pt$drug_rec_act\n11$1$Gone$\n12$1$Nausea$\n21$2$Nausea$\n31$3$Rash$\n");

            var result = await MesosafeProcess.RunAsync("signals", "--format", "faers", "--input", folder);

            Assert.Equal(0, result.ExitCode);
            string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["ASPIRIN,Nausea,2", "OTHER,Rash,1"], lines.Skip(1).Select(l => string.Join(',', l.Split(',')[..3])));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Synth_with_the_same_seed_writes_identical_bytes()
    {
        using var first = new TempFile("a.csv");
        using var second = new TempFile("b.csv");

        var a = await MesosafeProcess.RunAsync("synth", "--reports", "3000", "--seed", "11", "--planted", "4", "--output", first.Path);
        var b = await MesosafeProcess.RunAsync("synth", "--reports", "3000", "--seed", "11", "--planted", "4", "--output", second.Path);

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(File.ReadAllBytes(first.Path), File.ReadAllBytes(second.Path));
        Assert.Equal(a.Error, b.Error);
        Assert.Equal(5, a.ErrorLines.Count(l => l.Contains(',', StringComparison.Ordinal) && !l.StartsWith("mesosafe", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Synth_output_feeds_the_signals_command_and_the_planted_pairs_stand_out()
    {
        using var reports = new TempFile("synth.csv");
        var synth = await MesosafeProcess.RunAsync("synth", "--reports", "20000", "--products", "300", "--events", "400", "--seed", "5", "--planted", "5", "--output", reports.Path);
        string[] planted = [.. synth.ErrorLines.Where(l => l.StartsWith("PRODUCT-", StringComparison.Ordinal))];

        var result = await MesosafeProcess.RunAsync("signals", "--input", reports.Path, "--strata", "sex");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var eb05 = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0] + "," + f[1], f => double.Parse(f[10], CultureInfo.InvariantCulture));
        Assert.Equal(5, planted.Length);
        Assert.All(planted, pair => Assert.True(eb05[pair] >= 2, $"{pair}: EB05 {eb05[pair]}"));
    }
}
