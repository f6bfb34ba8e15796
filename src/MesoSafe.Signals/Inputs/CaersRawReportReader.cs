namespace MesoSafe.Signals.Inputs;

/// <summary>Reads FDA's CAERS export as openEBGM's vignette prepares it: report <c>RA_Report..</c>,
/// product <c>PRI_Reported.Brand.Product.Name</c>, one event per item of
/// <c>SYM_One.Row.Coded.Symptoms</c> split on ", ". Strata columns (e.g. <c>CI_Gender</c>) are optional.</summary>
public static class CaersRawReportReader
{
    public const string IdColumn = "RA_Report..";
    public const string ProductColumn = "PRI_Reported.Brand.Product.Name";
    public const string SymptomsColumn = "SYM_One.Row.Coded.Symptoms";

    public static ReportReadSummary Read(
        Stream input,
        string source,
        IReportTupleSink sink,
        IReadOnlyList<string> strataColumns,
        Action<MalformedRow>? onMalformed = null,
        InputProgress? progress = null)
    {
        using var reader = new DelimitedRecordReader(input, ',', quoting: true, progress);
        var header = new ReportHeader(reader, source);
        int id = header.Require(IdColumn);
        int product = header.Require(ProductColumn);
        int symptoms = header.Require(SymptomsColumn);
        var stratum = new StratumKey([.. strataColumns.Select(header.Require)]);
        var rows = new RowChecker(source, header.Count, onMalformed);
        long tuples = 0;
        while (reader.Read())
        {
            if (!rows.Accept(reader, id, product, symptoms))
            {
                continue;
            }

            ReadOnlySpan<char> strat = stratum.Build(reader);
            foreach (Range part in reader[symptoms].Split(", "))
            {
                ReadOnlySpan<char> symptom = reader[symptoms][part].Trim();
                if (!symptom.IsEmpty)
                {
                    sink.Add(reader[id], reader[product], symptom, strat);
                    tuples++;
                }
            }
        }

        return new ReportReadSummary(rows.Rows, rows.Skipped, tuples, rows.DataLines);
    }
}
