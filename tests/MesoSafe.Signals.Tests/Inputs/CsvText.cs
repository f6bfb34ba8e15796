using System.Text;
using MesoSafe.Signals.Inputs;

namespace MesoSafe.Signals.Tests.Inputs;

/// <summary>Runs the report CSV reader over text held in memory.</summary>
internal static class CsvText
{
    public static (RecordingSink Sink, ReportReadSummary Summary, List<MalformedRow> Malformed) Read(
        string text, CsvReportOptions? options = null, bool byteOrderMark = false)
    {
        byte[] body = Encoding.UTF8.GetBytes(text);
        byte[] bytes = byteOrderMark ? [.. Encoding.UTF8.Preamble, .. body] : body;
        return ReadBytes(new MemoryStream(bytes), options);
    }

    /// <summary>Reads raw bytes (which may be invalid UTF-8) from any stream.</summary>
    public static (RecordingSink Sink, ReportReadSummary Summary, List<MalformedRow> Malformed) ReadBytes(
        Stream input, CsvReportOptions? options = null)
    {
        var sink = new RecordingSink();
        var malformed = new List<MalformedRow>();
        var summary = CsvReportReader.Read(input, "test.csv", sink, options ?? new CsvReportOptions(), malformed.Add);
        return (sink, summary, malformed);
    }
}
