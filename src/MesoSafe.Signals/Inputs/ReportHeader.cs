using System.Globalization;

namespace MesoSafe.Signals.Inputs;

/// <summary>Finds named columns in a header record; a missing one is a <see cref="ReportInputException"/>
/// naming the column and the file.</summary>
internal sealed class ReportHeader
{
    private readonly string[] _names;
    private readonly string _source;

    public ReportHeader(DelimitedRecordReader reader, string source)
    {
        _source = source;
        if (!reader.Read())
        {
            throw new ReportInputException("input-no-header", $"{source}: the file is empty (a header row is required)");
        }

        if (reader.Error is { } error)
        {
            // Column names read from a broken header would be wrong for every row.
            throw new ReportInputException("input-bad-header", string.Create(CultureInfo.InvariantCulture,
                $"{source} line {reader.LineNumber}: the header row is malformed ({error}: {RowChecker.Describe(error)})"));
        }

        _names = new string[reader.FieldCount];
        for (int i = 0; i < _names.Length; i++)
        {
            _names[i] = reader[i].Trim().ToString();
        }
    }

    public int Count => _names.Length;

    public int IndexOf(string name) => Array.FindIndex(_names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    public int Require(string name)
    {
        int index = IndexOf(name);
        return index >= 0
            ? index
            : throw new ReportInputException("input-missing-column", $"{_source}: missing column '{name}' (header has: {string.Join(", ", _names)})") { Column = name };
    }

    /// <summary>The first of <paramref name="names"/> present; the error names the first.</summary>
    public int RequireAny(params string[] names)
    {
        foreach (string name in names)
        {
            int index = IndexOf(name);
            if (index >= 0)
            {
                return index;
            }
        }

        return Require(names[0]);
    }
}
