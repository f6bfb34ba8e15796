using MesoSafe.Signals.Outputs;
using System.Text.Json;

namespace MesoSafe.Cli.Signals;

/// <summary>Writes signal rows as JSON objects with the CSV's column names: one array
/// (<c>json</c>) or one object a line (<c>jsonl</c>). NaN is <c>null</c>; an infinite value is the
/// string <c>"Infinity"</c> or <c>"-Infinity"</c> (JSON has no number for it).</summary>
internal sealed class SignalJsonWriter : IDisposable
{
    private readonly Stream _output;
    private readonly bool _lines;
    private readonly bool _listIds;
    private readonly Utf8JsonWriter _json;

    public SignalJsonWriter(Stream output, bool lines, bool listIds)
    {
        _output = output;
        _lines = lines;
        _listIds = listIds;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = lines });
        if (!lines)
        {
            _json.WriteStartArray();
        }
    }

    public void Write(SignalOutputRow item)
    {
        var r = item.Row;
        _json.WriteStartObject();
        _json.WriteString("product", r.Product);
        _json.WriteString("event", r.Event);
        _json.WriteNumber("N", r.N);
        Number("E", r.E);
        Number("RR", r.RR);
        Number("PRR", r.PRR);
        Number("ROR", r.ROR);
        Number("IC", r.IC);
        Number("IC025", r.IC025);
        Number("EBGM", r.EBGM);
        Number("EB05", r.EB05);
        Number("EB95", r.EB95);
        Number("PRRchisq", r.PrrChiSquare);
        Number("PRR025", r.PrrLower95);
        Number("PRR975", r.PrrUpper95);
        Number("ROR025", r.Ror025);
        Number("ROR975", r.Ror975);
        _json.WriteBoolean("signal", item.Signal);
        if (_listIds)
        {
            _json.WriteStartArray(SignalColumns.Ids);
            foreach (string id in r.ReportIds ?? [])
            {
                _json.WriteStringValue(id);
            }

            _json.WriteEndArray();
        }

        _json.WriteEndObject();
        if (_lines)
        {
            _json.Flush();
            _output.WriteByte((byte)'\n');
            _json.Reset();
        }
    }

    private void Number(string name, double value)
    {
        if (double.IsNaN(value))
        {
            _json.WriteNull(name);
        }
        else if (double.IsInfinity(value))
        {
            _json.WriteString(name, value > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            _json.WriteNumber(name, value);
        }
    }

    public void Dispose()
    {
        if (!_lines)
        {
            _json.WriteEndArray();
            _json.Flush();
            _output.WriteByte((byte)'\n');
        }

        _json.Flush();
        _json.Dispose();
    }
}
