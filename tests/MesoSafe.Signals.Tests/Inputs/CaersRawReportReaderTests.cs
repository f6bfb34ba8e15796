using Xunit;
using System.Text;
using MesoSafe.Signals.Inputs;

namespace MesoSafe.Signals.Tests.Inputs;

public sealed class CaersRawReportReaderTests
{
    private const string Header = "\"RA_Report..\",\"PRI_Reported.Brand.Product.Name\",\"CI_Age.at.Adverse.Event\",\"CI_Age.Unit\",\"CI_Gender\",\"SYM_One.Row.Coded.Symptoms\"\n";

    private static (RecordingSink Sink, ReportReadSummary Summary) Read(string text, params string[] strata)
    {
        var sink = new RecordingSink();
        var summary = CaersRawReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "raw.csv", sink, strata);
        return (sink, summary);
    }

    [Fact]
    public void Symptoms_are_split_on_comma_space_into_one_event_each()
    {
        var (sink, _) = Read(Header + "75091,\"GREAT VALUE VANILLA WAFERS\",,\"Not Available\",\"Male\",\"VOMITING, GASTRITIS\"\n");

        Assert.Equal(
            [("75091", "GREAT VALUE VANILLA WAFERS", "VOMITING", ""), ("75091", "GREAT VALUE VANILLA WAFERS", "GASTRITIS", "")],
            sink.Tuples);
    }

    [Fact]
    public void Gender_is_the_stratum_when_asked_for()
    {
        var (sink, _) = Read(Header + "1,\"A\",,\"\",\"Female\",\"RASH\"\n", "CI_Gender");

        Assert.Equal("Female", Assert.Single(sink.Tuples).Stratum);
    }

    [Fact]
    public void Missing_symptoms_column_is_an_error_naming_it()
    {
        var error = Assert.Throws<ReportInputException>(() => Read("\"RA_Report..\",\"PRI_Reported.Brand.Product.Name\"\n1,A\n"));

        Assert.Contains(CaersRawReportReader.SymptomsColumn, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_raw_extract_gives_one_tuple_per_listed_symptom()
    {
        string path = MesoSafe.Testing.SharedFiles.Data("caers", "caers_raw.csv");
        int expected = File.ReadLines(path).Skip(1).Sum(line => line[(line.LastIndexOf(",\"", StringComparison.Ordinal) + 2)..^1].Split(", ").Length);
        var sink = new RecordingSink();
        using var stream = File.OpenRead(path);

        var summary = CaersRawReportReader.Read(stream, "caers_raw.csv", sink, ["CI_Gender"]);

        Assert.Equal(117, summary.Rows);
        Assert.Equal(0, summary.RowsSkipped);
        Assert.Equal(expected, sink.Tuples.Count);
        Assert.DoesNotContain(sink.Tuples, t => t.Event.Contains(", ", StringComparison.Ordinal) || t.Event.Length == 0);
    }
}
