using System.Globalization;
using MesoSafe.Signals.Outputs;
using MesoSafe.Testing.Signals;

namespace MesoSafe.Signals.Tests.Outputs;

public sealed class SignalCsvWriterTests
{
    // The command line's layout: the contract's columns, the extras with the signal flag, ids when asked.
    private static string[] Write(bool listIds, params (SignalRow Row, bool Signal)[] rows) =>
        Write(new SignalCsvOptions { Extras = true, ReportIds = listIds }, rows);

    private static string[] Write(SignalCsvOptions options, params (SignalRow Row, bool Signal)[] rows)
    {
        using var text = new StringWriter();
        var writer = new SignalCsvWriter(text, options);
        writer.WriteHeader();
        foreach (var (row, signal) in rows)
        {
            writer.Write(row, signal);
        }

        return text.ToString().Split('\n')[..^1];
    }

    [Fact]
    public void Header_starts_with_the_contract_columns_in_order()
    {
        string header = Write(false)[0];

        Assert.StartsWith("product,event,N,E,RR,PRR,ROR,IC,IC025,EBGM,EB05,EB95,", header, StringComparison.Ordinal);
        Assert.EndsWith(",signal", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_column_comes_last_only_when_asked_for()
    {
        Assert.DoesNotContain("ids", Write(false)[0].Split(','));
        Assert.Equal("ids", Write(true)[0].Split(',')[^1]);
    }

    [Fact]
    public void Values_line_up_with_the_header()
    {
        string[] lines = Write(false, (SignalRows.Make(n: 16, e: 0.5, prr: 3.25, ebgm: 23.5, eb05: 15.75, eb95: 33.125), true));
        var record = lines[0].Split(',').Zip(lines[1].Split(',')).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal("16", record["N"]);
        Assert.Equal("0.5", record["E"]);
        Assert.Equal("32", record["RR"]);
        Assert.Equal("3.25", record["PRR"]);
        Assert.Equal("23.5", record["EBGM"]);
        Assert.Equal("15.75", record["EB05"]);
        Assert.Equal("33.125", record["EB95"]);
        Assert.Equal("TRUE", record["signal"]);
    }

    [Fact]
    public void Infinity_is_Inf_and_NaN_is_NA()
    {
        string[] fields = Write(false, (SignalRows.Make(ror: double.PositiveInfinity, ebgm: double.NaN), false))[1].Split(',');

        Assert.Equal("Inf", fields[6]);
        Assert.Equal("NA", fields[9]);
    }

    [Fact]
    public void Names_with_commas_quotes_or_line_breaks_are_quoted_and_escaped()
    {
        string line = Write(false, (SignalRows.Make(product: "VITAMIN C, 500 \"MG\"", @event: "NAUSEA"), false))[1];

        Assert.StartsWith("\"VITAMIN C, 500 \"\"MG\"\"\",NAUSEA,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_ignore_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        try
        {
            CultureInfo.CurrentCulture = comma;
            string line = Write(false, (SignalRows.Make(n: 1234567, e: 0.25), false))[1];

            Assert.Contains(",1234567,0.25,", line, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Numbers_round_trip_exactly()
    {
        double value = 0.1 + 0.2;

        Assert.Equal(value, double.Parse(SignalNumber.Format(value), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Report_ids_are_joined_with_semicolons()
    {
        string line = Write(true, (SignalRows.Make(ids: ["11", "12", "13"]), false))[1];

        Assert.EndsWith(",11;12;13", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_contract_layout_has_exactly_the_contracts_twelve_columns_and_NaN_is_NA_there_too()
    {
        string[] lines = Write(SignalCsvOptions.ContractOnly, (SignalRows.Make(ebgm: double.NaN, eb05: double.NaN, eb95: double.NaN), true));

        Assert.Equal("product,event,N,E,RR,PRR,ROR,IC,IC025,EBGM,EB05,EB95", lines[0]);
        string[] fields = lines[1].Split(',');
        Assert.Equal(12, fields.Length);
        Assert.Equal(["NA", "NA", "NA"], fields[9..]);
    }

    [Theory]
    [InlineData(double.NaN, "NA")]
    [InlineData(double.PositiveInfinity, "Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1e-300, "1E-300")]
    public void Special_and_extreme_numbers_are_spelled_as_R_reads_them(double value, string expected) =>
        Assert.Equal(expected, SignalNumber.Format(value));
}
