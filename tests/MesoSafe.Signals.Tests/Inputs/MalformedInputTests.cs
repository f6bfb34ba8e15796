using System.Text;
using MesoSafe.Signals.Inputs;

namespace MesoSafe.Signals.Tests.Inputs;

/// <summary>Broken bytes in a report CSV (issue 20): each spoils its own row only, that row is
/// named with its line and a stable code, and every data line is either read or skipped.</summary>
public sealed class MalformedInputTests
{
    private const string Header = "id,product,event\n";

    /// <summary>Name -> (file bytes, malformed (line, code) in order, ids read in order, data lines).</summary>
    private static readonly Dictionary<string, (byte[] Bytes, (long Line, string Code)[] Malformed, string[] Ids, long DataLines)> Cases = new()
    {
        ["unclosed quote, unquoted rows after"] = (Bytes(Header, "1,A,X\n2,\"B,Y\n3,C,Z\n"), [(3, "row-unterminated-quote")], ["1", "3"], 3),
        ["unclosed quote, quoted rows after"] = (Bytes(Header, "1,\"A\",\"X\"\n2,\"B,Y\n3,\"C\",\"Z\"\n4,\"D\",\"W\"\n"), [(3, "row-unterminated-quote")], ["1", "3", "4"], 4),
        ["unclosed quote in the last field"] = (Bytes(Header, "1,A,X\n2,B,\"Y\n3,C,Z\n4,D,W\n"), [(3, "row-unterminated-quote")], ["1", "3", "4"], 4),
        ["unclosed quote on the last line, no line end"] = (Bytes(Header, "1,A,X\n2,B,\"Y"), [(3, "row-unterminated-quote")], ["1"], 2),
        ["unclosed quote on the first data line"] = (Bytes(Header, "1,\"A,X\n2,B,Y\n"), [(2, "row-unterminated-quote")], ["2"], 2),
        ["unclosed quote, CR line ends"] = (Bytes("id,product,event\r1,A,X\r2,\"B,Y\r3,C,Z\r"), [(3, "row-unterminated-quote")], ["1", "3"], 3),
        ["unclosed quote, CRLF line ends"] = (Bytes("id,product,event\r\n1,A,X\r\n2,\"B,Y\r\n3,C,Z\r\n"), [(3, "row-unterminated-quote")], ["1", "3"], 3),
        ["two unclosed quotes in a row"] = (Bytes(Header, "1,A,X\n2,\"B,Y\n3,C,\"Z\n4,D,W\n"), [(3, "row-unterminated-quote"), (4, "row-unterminated-quote")], ["1", "4"], 4),
        ["unclosed quote after a byte-order mark"] = ([.. Encoding.UTF8.Preamble, .. Bytes(Header, "1,\"A,X\n2,B,Y\n")], [(2, "row-unterminated-quote")], ["2"], 2),
        ["NUL in a field"] = (Bytes(Header, "1,A,X\n2,B\0B,Y\n3,C,Z\n"), [(3, "row-nul-byte")], ["1", "3"], 3),
        ["NUL in a quoted field"] = (Bytes(Header, "1,A,X\n2,\"B\0\",Y\n3,C,Z\n"), [(3, "row-nul-byte")], ["1", "3"], 3),
        ["NUL alone on a line"] = (Bytes(Header, "1,A,X\n\0\n3,C,Z\n"), [(3, "row-nul-byte")], ["1", "3"], 3),
        ["byte FF"] = (Bytes(Header, "1,A,X\n2,B", new byte[] { 0xFF }, ",Y\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["lone continuation byte"] = (Bytes(Header, "1,A,X\n2,B", new byte[] { 0x80 }, ",Y\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["overlong slash"] = (Bytes(Header, "1,A,X\n2,B", new byte[] { 0xC0, 0xAF }, ",Y\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["sequence cut short before a comma"] = (Bytes(Header, "1,A,X\n2,B", new byte[] { 0xE2, 0x82 }, ",Y\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["sequence cut short at a line end"] = (Bytes(Header, "1,A,X\n2,B,Y", new byte[] { 0xE2, 0x82 }, "\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["encoded surrogate"] = (Bytes(Header, "1,A,X\n2,B", new byte[] { 0xED, 0xA0, 0x80 }, ",Y\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["beyond U+10FFFF"] = (Bytes(Header, "1,A,X\n2,B", new byte[] { 0xF4, 0x90, 0x80, 0x80 }, ",Y\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["invalid byte in a quoted field"] = (Bytes(Header, "1,A,X\n2,\"B", new byte[] { 0xFE }, "\",Y\n3,C,Z\n"), [(3, "row-invalid-utf8")], ["1", "3"], 3),
        ["invalid byte at the end of the input"] = (Bytes(Header, "1,A,X\n2,B,Y", new byte[] { 0xC3 }), [(3, "row-invalid-utf8")], ["1"], 2),
        ["stray quote"] = (Bytes(Header, "1,A,X\n2,B\"AD,Y\n3,C,Z\n"), [(3, "row-stray-quote")], ["1", "3"], 3),
        ["every kind at once"] = (Bytes(Header, "1,A,X\n2,\"B,Y\n3,C", new byte[] { 0xFF }, ",Z\n4,D\0,W\n5,E\"E,V\n6,F\n7,G,U\n"),
            [(3, "row-unterminated-quote"), (4, "row-invalid-utf8"), (5, "row-nul-byte"), (6, "row-stray-quote"), (7, "row-field-count")], ["1", "7"], 7),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Broken_bytes_spoil_their_row_only_and_every_data_line_is_accounted_for(string name)
    {
        var (bytes, expectedMalformed, ids, dataLines) = Cases[name];

        var (sink, summary, malformed) = CsvText.ReadBytes(new MemoryStream(bytes));

        Assert.Equal(expectedMalformed, malformed.Select(m => (m.Line, m.Code)));
        Assert.Equal(ids, sink.Tuples.Select(t => t.Id));
        Assert.Equal(dataLines, summary.DataLines);
        Assert.Equal(summary.DataLines, summary.RowsRead + summary.RowsSkipped);
        Assert.Equal(malformed.Count, summary.RowsSkipped);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_same_bytes_trickled_a_few_at_a_time_read_the_same(string name)
    {
        var (bytes, _, _, _) = Cases[name];
        var whole = CsvText.ReadBytes(new MemoryStream(bytes));

        for (int most = 1; most <= 5; most++)
        {
            var trickled = CsvText.ReadBytes(new TrickleStream(bytes, most));

            Assert.Equal(whole.Sink.Tuples, trickled.Sink.Tuples);
            Assert.Equal(whole.Malformed, trickled.Malformed);
            Assert.Equal(whole.Summary, trickled.Summary);
        }
    }

    [Fact]
    public void Valid_multi_byte_text_and_a_literal_replacement_character_are_read_as_text()
    {
        // U+FFFD written as valid UTF-8 is text; only bytes that are not UTF-8 make a row malformed.
        var (sink, summary, malformed) = CsvText.Read(Header + "1,CAFÉ CRÈME,X\n2,\U0001F600,Y\n3,A\uFFFDB,Z\n");

        Assert.Empty(malformed);
        Assert.Equal(["CAFÉ CRÈME", "\U0001F600", "A\uFFFDB"], sink.Tuples.Select(t => t.Product));
        Assert.Equal(3, summary.RowsRead);
    }

    [Fact]
    public void Multi_byte_characters_across_every_read_boundary_decode_as_written()
    {
        // Well over the 64 KiB byte chunk, with 2-, 3- and 4-byte characters at every offset.
        var text = new StringBuilder(Header);
        var expected = new List<string>();
        for (int i = 0; i < 20_000; i++)
        {
            string product = new string('x', i % 7) + (i % 3 == 0 ? "É" : i % 3 == 1 ? "€" : "\U0001F600") + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(i).Append(',').Append(product).Append(",E\n");
            expected.Add(product);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());

        Assert.Equal(expected, CsvText.ReadBytes(new MemoryStream(bytes)).Sink.Tuples.Select(t => t.Product));
        Assert.Equal(expected, CsvText.ReadBytes(new TrickleStream(bytes, 3)).Sink.Tuples.Select(t => t.Product));
    }

    [Fact]
    public void Quoted_field_holding_a_line_break_is_one_row_over_two_data_lines()
    {
        var (sink, summary, malformed) = CsvText.Read(Header + "1,\"TWO\nLINES\",X\n2,B,Y\n\n");

        Assert.Empty(malformed);
        Assert.Equal(["1", "2"], sink.Tuples.Select(t => t.Id));
        Assert.Equal(2, summary.Rows);
        Assert.Equal(3, summary.DataLines);
    }

    [Fact]
    public void Quoted_field_running_over_lines_past_the_bound_is_an_unclosed_quote()
    {
        // Without the bound, the quote on line 2 would close 200,000 lines later and make one row of them.
        var text = new StringBuilder(Header).Append("1,\"A\n");
        for (int i = 0; i < 200_000; i++)
        {
            text.Append(i + 2).Append(",PRODUCT,EVENT\n");
        }

        text.Append("\",X\n9,Q,R\n");

        var (sink, summary, malformed) = CsvText.Read(text.ToString());

        Assert.True(text.Length > DelimitedRecordReader.MaxQuotedFieldChars * 2);
        Assert.Equal([(2L, "row-unterminated-quote"), (200_003L, "row-unterminated-quote")], malformed.Select(m => (m.Line, m.Code)));
        Assert.Equal(200_001, sink.Tuples.Count);
        Assert.Equal("R", sink.Tuples[^1].Event);
        Assert.Equal(200_003, summary.DataLines);
    }

    [Theory]
    [InlineData("id,\"product,event\n1,A,X\n")]
    [InlineData("id,prod\0uct,event\n1,A,X\n")]
    public void Malformed_header_is_an_error_not_a_set_of_wrong_columns(string text)
    {
        var error = Assert.Throws<ReportInputException>(() => CsvText.Read(text));

        Assert.Equal("input-bad-header", error.Code);
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (object part in parts)
        {
            bytes.AddRange(part is byte[] raw ? raw : Encoding.UTF8.GetBytes((string)part));
        }

        return [.. bytes];
    }
}
