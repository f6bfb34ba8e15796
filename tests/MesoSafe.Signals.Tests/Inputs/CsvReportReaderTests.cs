using Xunit;
using MesoSafe.Signals.Inputs;

namespace MesoSafe.Signals.Tests.Inputs;

public sealed class CsvReportReaderTests
{
    [Fact]
    public void Quoted_field_keeps_its_commas()
    {
        var (sink, _, _) = CsvText.Read("id,product,event\n1,\"VITAMIN C, 500 MG\",NAUSEA\n");

        Assert.Equal(("1", "VITAMIN C, 500 MG", "NAUSEA", ""), Assert.Single(sink.Tuples));
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_become_one_quote()
    {
        var (sink, _, _) = CsvText.Read("id,product,event\n1,\"THE \"\"BEST\"\" GUMMIES\",\"\"\"RASH\"\"\"\n");

        Assert.Equal(("1", "THE \"BEST\" GUMMIES", "\"RASH\"", ""), Assert.Single(sink.Tuples));
    }

    [Fact]
    public void Crlf_line_ends_are_not_part_of_the_last_field()
    {
        var (sink, summary, _) = CsvText.Read("id,product,event\r\n1,A,X\r\n2,B,\"Y\"\r\n");

        Assert.Equal([("1", "A", "X", ""), ("2", "B", "Y", "")], sink.Tuples);
        Assert.Equal(2, summary.Rows);
    }

    [Fact]
    public void Byte_order_mark_does_not_rename_the_first_column()
    {
        var (sink, _, _) = CsvText.Read("id,product,event\n7,A,X\n", byteOrderMark: true);

        Assert.Equal("7", Assert.Single(sink.Tuples).Id);
    }

    [Fact]
    public void Missing_final_line_end_still_reads_the_last_row()
    {
        var (sink, _, _) = CsvText.Read("id,product,event\n1,A,X\n2,B,Y");

        Assert.Equal(("2", "B", "Y", ""), sink.Tuples[^1]);
    }

    [Fact]
    public void OpenEbgm_var1_and_var2_stand_for_product_and_event()
    {
        var (sink, _, _) = CsvText.Read("\"id\",\"var1\",\"var2\",\"strat1\"\n147289,\"PREVAGEN\",\"BRAIN NEOPLASM\",\"Female\"\n");

        Assert.Equal(("147289", "PREVAGEN", "BRAIN NEOPLASM", ""), Assert.Single(sink.Tuples));
    }

    [Fact]
    public void Product_and_event_columns_are_chosen_by_name_and_case_does_not_matter()
    {
        var options = new CsvReportOptions { IdColumn = "CASE", ProductColumn = "drug", EventColumn = "pt" };

        var (sink, _, _) = CsvText.Read("case,pt,drug\n9,HEADACHE,ASPIRIN\n", options);

        Assert.Equal(("9", "ASPIRIN", "HEADACHE", ""), Assert.Single(sink.Tuples));
    }

    [Fact]
    public void One_stratum_column_is_the_stratum()
    {
        var (sink, _, _) = CsvText.Read("id,var1,var2,strat1\n1,A,X,Female\n", new CsvReportOptions { StrataColumns = ["strat1"] });

        Assert.Equal("Female", Assert.Single(sink.Tuples).Stratum);
    }

    [Fact]
    public void Several_stratum_columns_combine_into_one_key_per_combination()
    {
        var options = new CsvReportOptions { StrataColumns = ["sex", "age"] };

        var (sink, _, _) = CsvText.Read("id,product,event,sex,age\n1,A,X,F,30s\n2,A,X,F,40s\n3,A,X,F,30s\n", options);

        Assert.Equal(sink.Tuples[0].Stratum, sink.Tuples[2].Stratum);
        Assert.NotEqual(sink.Tuples[0].Stratum, sink.Tuples[1].Stratum);
        Assert.Contains("F", sink.Tuples[0].Stratum, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,product\n1,A\n", "event")]
    [InlineData("id,event\n1,X\n", "product")]
    [InlineData("product,event\nA,X\n", "id")]
    public void Missing_required_column_is_an_error_naming_it(string text, string column)
    {
        var error = Assert.Throws<ReportInputException>(() => CsvText.Read(text));

        Assert.Equal("input-missing-column", error.Code);
        Assert.Contains($"'{column}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_stratum_column_is_an_error_naming_it()
    {
        var error = Assert.Throws<ReportInputException>(() => CsvText.Read("id,product,event\n1,A,X\n", new CsvReportOptions { StrataColumns = ["sex"] }));

        Assert.Contains("'sex'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_has_no_header_and_is_an_error()
    {
        var error = Assert.Throws<ReportInputException>(() => CsvText.Read(""));

        Assert.Equal("input-no-header", error.Code);
    }

    [Fact]
    public void Header_only_gives_no_tuples_and_no_errors()
    {
        var (sink, summary, malformed) = CsvText.Read("id,product,event\n");

        Assert.Empty(sink.Tuples);
        Assert.Equal(0, summary.Rows);
        Assert.Empty(malformed);
    }

    [Theory]
    [InlineData("id,product,event\n1,A,X\n2,B\n3,C,Z\n", 3, "row-field-count")]
    [InlineData("id,product,event\n1,A,X\n2,B,Y,extra\n3,C,Z\n", 3, "row-field-count")]
    [InlineData("id,product,event\n1,A,X\n2,B\"AD,Y\n3,C,Z\n", 3, "row-stray-quote")]
    [InlineData("id,product,event\n1,A,X\n2,\"B\"x,Y\n3,C,Z\n", 3, "row-stray-quote")]
    [InlineData("id,product,event\n1,A,X\n2,,Y\n3,C,Z\n", 3, "row-missing-value")]
    public void Malformed_row_is_skipped_reported_with_its_line_and_the_rest_is_read(string text, long line, string code)
    {
        var (sink, summary, malformed) = CsvText.Read(text);

        var row = Assert.Single(malformed);
        Assert.Equal(line, row.Line);
        Assert.Equal(code, row.Code);
        Assert.Equal("test.csv", row.Source);
        Assert.Equal(["1", "3"], sink.Tuples.Select(t => t.Id));
        Assert.Equal(1, summary.RowsSkipped);
        Assert.Equal(3, summary.Rows);
    }

    [Fact]
    public void Unterminated_quote_is_reported_at_the_line_it_starts_on_and_reading_goes_on_at_the_next_line()
    {
        // Issue 20: this used to swallow the rest of the file as one malformed row.
        var (sink, summary, malformed) = CsvText.Read("id,product,event\n1,A,X\n2,\"B,Y\n3,C,Z\n");

        var row = Assert.Single(malformed);
        Assert.Equal(3, row.Line);
        Assert.Equal("row-unterminated-quote", row.Code);
        Assert.Equal(["1", "3"], sink.Tuples.Select(t => t.Id));
        Assert.Equal(1, summary.RowsSkipped);
        Assert.Equal(3, summary.DataLines);
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quoted_fields_and_blank_lines()
    {
        var (sink, _, malformed) = CsvText.Read("id,product,event\r\n1,\"TWO\r\nLINES\",X\r\n\r\n2,B\r\n");

        Assert.Equal("TWO\r\nLINES", Assert.Single(sink.Tuples).Product);
        Assert.Equal(5, Assert.Single(malformed).Line);
    }

    [Fact]
    public void Rows_crossing_the_read_buffer_boundary_parse_the_same_as_short_input()
    {
        // Well over the 1 Mi-char buffer, with quoted, escaped and long fields at every offset.
        var text = new System.Text.StringBuilder("id,product,event\n");
        var expected = new List<(string, string, string, string)>();
        for (int i = 0; i < 60_000; i++)
        {
            string product = $"P, {i % 97} \"Q\" {new string('x', i % 41)}";
            string ev = i % 3 == 0 ? $"E{i % 13}" : $"E \"{i % 13}\"";
            text.Append(i).Append(",\"").Append(product.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",");
            text.Append(ev.Contains('"', StringComparison.Ordinal) ? "\"" + ev.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : ev);
            text.Append(i % 2 == 0 ? "\r\n" : "\n");
            expected.Add((i.ToString(System.Globalization.CultureInfo.InvariantCulture), product, ev, ""));
        }

        var (sink, summary, malformed) = CsvText.Read(text.ToString());

        Assert.Empty(malformed);
        Assert.Equal(60_000, summary.Rows);
        Assert.Equal(expected, sink.Tuples);
    }

    [Fact]
    public void Shared_caers_file_gives_one_tuple_per_row()
    {
        var sink = new RecordingSink();
        using var stream = File.OpenRead(MesoSafe.Testing.SharedFiles.Data("caers", "caers.csv"));

        var summary = CsvReportReader.Read(stream, "caers.csv", sink, new CsvReportOptions { StrataColumns = ["strat1"] });

        Assert.Equal(20_156, summary.Tuples);
        Assert.Equal(0, summary.RowsSkipped);
        Assert.Equal(3_356, sink.Tuples.Select(t => t.Id).Distinct().Count());
        Assert.Equal(["Female", "Male", "Not Available"], sink.Tuples.Select(t => t.Stratum).Distinct().Order());
        Assert.Equal(1_237, sink.Tuples.Count(t => t.Product.Contains(',', StringComparison.Ordinal)));
    }
}
