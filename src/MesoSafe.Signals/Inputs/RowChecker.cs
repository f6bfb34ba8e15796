namespace MesoSafe.Signals.Inputs;

/// <summary>Decides whether a data record is usable (parsed cleanly, as many fields as the header,
/// id/product/event not blank), reports the ones that are not, and counts both.</summary>
/// <param name="exactFieldCount">False: a record needs at least <paramref name="headerFields"/> fields
/// (FAERS files are not consistent about a trailing <c>$</c>).</param>
internal sealed class RowChecker(string source, int headerFields, Action<MalformedRow>? onMalformed, bool exactFieldCount = true)
{
    public long Rows { get; private set; }

    public long Skipped { get; private set; }

    /// <summary>Non-blank physical lines covered by the rows seen.</summary>
    public long DataLines { get; private set; }

    public bool Accept(DelimitedRecordReader record, params ReadOnlySpan<int> required)
    {
        Rows++;
        DataLines += record.LineSpan;
        if (record.Error is { } error)
        {
            return Skip(record, error, Describe(error));
        }

        if (exactFieldCount ? record.FieldCount != headerFields : record.FieldCount < headerFields)
        {
            return Skip(record, "row-field-count", $"{record.FieldCount} fields where {headerFields} are expected");
        }

        foreach (int column in required)
        {
            if (record[column].IsWhiteSpace())
            {
                return Skip(record, "row-missing-value", $"field {column + 1} is empty");
            }
        }

        return true;
    }

    /// <summary>What a reader's error code means, in words.</summary>
    public static string Describe(string code) => code switch
    {
        "row-unterminated-quote" => "a quote opened on this line is never closed; reading goes on at the next line",
        "row-invalid-utf8" => "bytes that are not UTF-8",
        "row-nul-byte" => "a NUL byte",
        _ => "a quote inside a field that is not quoted, or text after a closing quote",
    };

    /// <summary>Skips a record that parsed but holds a bad value.</summary>
    public void Reject(DelimitedRecordReader record, string code, string detail) => Skip(record, code, detail);

    private bool Skip(DelimitedRecordReader record, string code, string detail)
    {
        Skipped++;
        onMalformed?.Invoke(new MalformedRow(source, record.LineNumber, code, detail));
        return false;
    }
}
