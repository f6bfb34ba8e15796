using Xunit;
using MesoSafe.Signals.Inputs;

namespace MesoSafe.Signals.Tests.Inputs;

public sealed class FaersReportReaderTests
{
    private static RecordingSink Read(FaersFolder folder, FaersReportOptions? options = null, List<MalformedRow>? malformed = null)
    {
        var sink = new RecordingSink();
        FaersReportReader.Read(folder.Root, sink, options ?? new FaersReportOptions(), malformed is null ? null : malformed.Add);
        return sink;
    }

    private static FaersFolder TwoVersionsOfOneCase(string? subfolder = null)
    {
        var folder = new FaersFolder(subfolder);
        folder.Write("DEMO", FaersFolder.DemoHeader,
            FaersFolder.Demo("1001", "100", 1),
            FaersFolder.Demo("1002", "100", 2),
            FaersFolder.Demo("2001", "200", 1, sex: "M"));
        folder.Write("DRUG", FaersFolder.DrugHeader,
            FaersFolder.Drug("1001", "100", 1, "PS", "OLDDRUG"),
            FaersFolder.Drug("1002", "100", 1, "PS", "NEWDRUG"),
            FaersFolder.Drug("1002", "100", 2, "SS", "SECONDDRUG"),
            FaersFolder.Drug("1002", "100", 3, "C", "COMEDICATION"),
            FaersFolder.Drug("2001", "200", 1, "PS", "OTHERDRUG"));
        folder.Write("REAC", FaersFolder.ReacHeader,
            FaersFolder.Reac("1001", "100", "Old reaction"),
            FaersFolder.Reac("1002", "100", "Nausea"),
            FaersFolder.Reac("1002", "100", "Headache"),
            FaersFolder.Reac("2001", "200", "Rash"));
        return folder;
    }

    [Fact]
    public void Only_the_latest_case_version_counts_and_the_report_id_is_the_case_id()
    {
        using var folder = TwoVersionsOfOneCase();

        var sink = Read(folder);

        Assert.Equal(
            [("100", "NEWDRUG", "Nausea"), ("100", "NEWDRUG", "Headache"), ("200", "OTHERDRUG", "Rash")],
            sink.Tuples.Select(t => (t.Id, t.Product, t.Event)));
    }

    [Fact]
    public void Default_role_is_primary_suspect_only()
    {
        using var folder = TwoVersionsOfOneCase();

        var sink = Read(folder);

        Assert.DoesNotContain(sink.Tuples, t => t.Product is "SECONDDRUG" or "COMEDICATION");
    }

    [Fact]
    public void Role_filter_keeps_the_roles_asked_for()
    {
        using var folder = TwoVersionsOfOneCase();

        var sink = Read(folder, new FaersReportOptions { Roles = ["PS", "SS"] });

        Assert.Equal(["NEWDRUG", "OTHERDRUG", "SECONDDRUG"], sink.Tuples.Select(t => t.Product).Distinct().Order());
    }

    [Fact]
    public void Empty_role_list_keeps_every_role()
    {
        using var folder = TwoVersionsOfOneCase();

        var sink = Read(folder, new FaersReportOptions { Roles = [] });

        Assert.Contains(sink.Tuples, t => t.Product == "COMEDICATION");
    }

    [Fact]
    public void Demo_columns_can_be_the_stratum()
    {
        using var folder = TwoVersionsOfOneCase();

        var sink = Read(folder, new FaersReportOptions { StrataColumns = ["sex"] });

        Assert.Equal("M", sink.Tuples.Single(t => t.Id == "200").Stratum);
        Assert.Equal("F", sink.Tuples.First(t => t.Id == "100").Stratum);
    }

    [Fact]
    public void Tables_inside_an_ascii_subfolder_are_found()
    {
        using var folder = TwoVersionsOfOneCase("ascii");

        Assert.Equal(3, Read(folder).Tuples.Count);
    }

    [Fact]
    public void Missing_table_is_an_error_naming_it()
    {
        using var folder = new FaersFolder();
        folder.Write("DEMO", FaersFolder.DemoHeader, FaersFolder.Demo("1", "1", 1));
        folder.Write("DRUG", FaersFolder.DrugHeader, FaersFolder.Drug("1", "1", 1, "PS", "A"));

        var error = Assert.Throws<ReportInputException>(() => Read(folder));

        Assert.Equal("input-missing-file", error.Code);
        Assert.Contains("REAC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_numeric_case_version_is_a_malformed_row_with_its_line()
    {
        using var folder = TwoVersionsOfOneCase();
        folder.Write("DEMO", FaersFolder.DemoHeader, FaersFolder.Demo("2001", "200", 1), "1002$100$two$I");
        var malformed = new List<MalformedRow>();

        var sink = Read(folder, malformed: malformed);

        var row = Assert.Single(malformed);
        Assert.Equal(3, row.Line);
        Assert.Contains("DEMO", row.Source, StringComparison.Ordinal);
        Assert.Equal(["200"], sink.Tuples.Select(t => t.Id).Distinct());
    }
}
