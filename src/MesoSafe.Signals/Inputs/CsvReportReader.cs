using System.Runtime.CompilerServices;

namespace MesoSafe.Signals.Inputs;

/// <summary>Reads the signals contract's report CSV (<c>id,product,event[,strata...]</c>, RFC 4180,
/// openEBGM's <c>var1</c>/<c>var2</c> accepted) into a tuple sink. Malformed rows are reported
/// through the callback with their line number and skipped.</summary>
public static class CsvReportReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReportReadSummary Read(
        Stream input,
        string source,
        IReportTupleSink sink,
        CsvReportOptions options,
        Action<MalformedRow>? onMalformed = null,
        InputProgress? progress = null)
    {
        using var reader = new DelimitedRecordReader(input, ',', quoting: true, progress);
        var header = new ReportHeader(reader, source);
        int id = header.Require(options.IdColumn);
        int product = options.ProductColumn is { } p ? header.Require(p) : header.RequireAny("product", "var1");
        int @event = options.EventColumn is { } e ? header.Require(e) : header.RequireAny("event", "var2");
        int[] strata = [.. options.StrataColumns.Select(header.Require)];
        var stratum = new StratumKey(strata);
        var rows = new RowChecker(source, header.Count, onMalformed);
        long tuples = 0;
        while (reader.Read())
        {
            if (!rows.Accept(reader, id, product, @event))
            {
                continue;
            }

            sink.Add(reader[id], reader[product], reader[@event], stratum.Build(reader));
            tuples++;
        }

        return new ReportReadSummary(rows.Rows, rows.Skipped, tuples, rows.DataLines);
    }
}
