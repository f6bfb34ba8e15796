using System.Text.Json;
using MesoSafe.Cli.Signals;
using MesoSafe.Testing.Signals;
using Xunit;

namespace MesoSafe.Cli.Tests.Signals;

public sealed class SignalJsonWriterTests
{
    private static string Write(bool lines, bool listIds, params SignalOutputRow[] rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new SignalJsonWriter(buffer, lines, listIds))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void NaN_is_null_and_infinity_is_a_named_string()
    {
        using var json = JsonDocument.Parse(Write(false, false, new SignalOutputRow(SignalRows.Make(ror: double.PositiveInfinity, ebgm: double.NaN), false)));

        var row = json.RootElement[0];
        Assert.Equal("Infinity", row.GetProperty("ROR").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("EBGM").ValueKind);
    }

    [Fact]
    public void No_rows_is_an_empty_array()
    {
        using var json = JsonDocument.Parse(Write(false, false));

        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Json_lines_put_one_object_with_ids_on_each_line()
    {
        string[] lines = Write(true, true,
            new SignalOutputRow(SignalRows.Make(product: "A", ids: ["1", "2"]), true),
            new SignalOutputRow(SignalRows.Make(product: "B", ids: ["3"]), false)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(["1", "2"], first.RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.True(first.RootElement.GetProperty("signal").GetBoolean());
    }
}
