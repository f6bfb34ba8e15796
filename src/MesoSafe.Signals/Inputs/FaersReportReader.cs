namespace MesoSafe.Signals.Inputs;

/// <summary>Reads a FAERS quarterly ASCII folder (<c>DEMOyyQn.txt</c>, <c>DRUGyyQn.txt</c>,
/// <c>REACyyQn.txt</c>, <c>$</c>-separated, FDA headers, also inside an <c>ascii</c> subfolder).
/// Only the latest <c>caseversion</c> of each case counts; the report id is the <c>caseid</c>;
/// product is <c>drugname</c> (roles filtered), event is <c>pt</c>; each report's drugs and
/// reactions are crossed.</summary>
public static class FaersReportReader
{
    public static ReportReadSummary Read(
        string folder,
        IReportTupleSink sink,
        FaersReportOptions options,
        Action<MalformedRow>? onMalformed = null,
        InputProgress? progress = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new ReportInputException("input-unreadable", $"{folder}: not a folder (--format faers reads a FAERS quarterly ASCII folder)");
        }

        string demo = FindTable(folder, "DEMO");
        string drug = FindTable(folder, "DRUG");
        string reac = FindTable(folder, "REAC");
        if (progress is not null)
        {
            progress.TotalBytes = new FileInfo(demo).Length + new FileInfo(drug).Length + new FileInfo(reac).Length;
        }

        long rows = 0;
        long skipped = 0;
        long dataLines = 0;

        // DEMO: the latest version of each case, and its stratum.
        var latest = new Dictionary<string, (long Version, string PrimaryId, string Stratum)>(StringComparer.Ordinal);
        Scan(demo, ["primaryid", "caseid", "caseversion", .. options.StrataColumns], (record, c) =>
        {
            if (!long.TryParse(record[c[2]], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long version))
            {
                return "caseversion is not a whole number";
            }

            string caseId = record[c[1]].ToString();
            if (!latest.TryGetValue(caseId, out var seen) || version > seen.Version)
            {
                string stratum = string.Join('\u001F', c[3..].Select(i => record[i].ToString()));
                latest[caseId] = (version, record[c[0]].ToString(), stratum);
            }

            return null;
        });

        var kept = new Dictionary<string, (string CaseId, string Stratum)>(latest.Count, StringComparer.Ordinal);
        foreach (var (caseId, value) in latest)
        {
            kept[value.PrimaryId] = (caseId, value.Stratum);
        }

        // DRUG: drug names of the kept reports, filtered by role.
        var roles = new HashSet<string>(options.Roles, StringComparer.OrdinalIgnoreCase);
        var drugs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Scan(drug, ["primaryid", "role_cod", "drugname"], (record, c) =>
        {
            string primaryId = record[c[0]].ToString();
            if (!kept.ContainsKey(primaryId) || (roles.Count > 0 && !roles.Contains(record[c[1]].Trim().ToString())))
            {
                return null;
            }

            if (!drugs.TryGetValue(primaryId, out var list))
            {
                drugs[primaryId] = list = [];
            }

            list.Add(record[c[2]].Trim().ToString());
            return null;
        });

        // REAC: cross each reaction with the report's drugs.
        long tuples = 0;
        Scan(reac, ["primaryid", "pt"], (record, c) =>
        {
            string primaryId = record[c[0]].ToString();
            if (!kept.TryGetValue(primaryId, out var report) || !drugs.TryGetValue(primaryId, out var names))
            {
                return null;
            }

            ReadOnlySpan<char> pt = record[c[1]].Trim();
            foreach (string name in names)
            {
                sink.Add(report.CaseId, name, pt, report.Stratum);
                tuples++;
            }

            return null;
        });

        return new ReportReadSummary(rows, skipped, tuples, dataLines);

        void Scan(string path, string[] columns, Func<DelimitedRecordReader, int[], string?> row)
        {
            string name = Path.GetFileName(path);
            using var stream = Open(path);
            using var reader = new DelimitedRecordReader(stream, '$', quoting: false, progress);
            var header = new ReportHeader(reader, name);
            int[] index = [.. columns.Select(header.Require)];
            var checker = new RowChecker(name, index.Max() + 1, onMalformed, exactFieldCount: false);
            while (reader.Read())
            {
                if (!checker.Accept(reader, index.AsSpan(0, 2)))
                {
                    continue;
                }

                if (row(reader, index) is { } problem)
                {
                    checker.Reject(reader, "row-bad-value", problem);
                }
            }

            rows += checker.Rows;
            skipped += checker.Skipped;
            dataLines += checker.DataLines;
            progress?.Advance();
        }
    }

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException("input-unreadable", $"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Finds e.g. DEMO22Q3.txt (any case) in the folder or its <c>ascii</c> subfolder.</summary>
    private static string FindTable(string folder, string table)
    {
        foreach (string dir in new[] { folder, Path.Combine(folder, "ascii"), Path.Combine(folder, "ASCII") })
        {
            if (!Directory.Exists(dir))
            {
                continue;
            }

            string? hit = Directory.EnumerateFiles(dir)
                .Where(f => Path.GetFileName(f).StartsWith(table, StringComparison.OrdinalIgnoreCase)
                    && Path.GetExtension(f).Equals(".txt", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (hit is not null)
            {
                return hit;
            }
        }

        throw new ReportInputException("input-missing-file", $"{folder}: no {table}yyQn.txt file (FAERS ASCII folder expected)");
    }
}
