using MesoSafe.Signals;

namespace MesoSafe.Signals.Tests.TestData;

/// <summary>A minimal RFC 4180 reader for the shared test data (quoted fields, "" escapes),
/// feeding (id, product, event[, stratum]) columns, chosen by header name, into a sink. The real
/// readers live in the CLI; this keeps the numerics tests independent of them.</summary>
public static class CsvTupleFile
{
    public static void Load(string path, IReportTupleSink sink, string idColumn, string productColumn, string eventColumn, string? stratumColumn = null)
    {
        string text = File.ReadAllText(path);
        var fields = new List<string>();
        int position = 0;
        ReadRecord(text, ref position, fields);
        int id = fields.IndexOf(idColumn);
        int product = fields.IndexOf(productColumn);
        int @event = fields.IndexOf(eventColumn);
        int stratum = stratumColumn is null ? -1 : fields.IndexOf(stratumColumn);
        if (id < 0 || product < 0 || @event < 0 || (stratumColumn is not null && stratum < 0))
        {
            throw new InvalidDataException("missing column in " + path);
        }

        while (position < text.Length)
        {
            ReadRecord(text, ref position, fields);
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            sink.Add(fields[id], fields[product], fields[@event], stratum < 0 ? "" : fields[stratum]);
        }
    }

    private static void ReadRecord(string text, ref int position, List<string> fields)
    {
        fields.Clear();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        while (position < text.Length)
        {
            char ch = text[position++];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (position < text.Length && text[position] == '"')
                    {
                        field.Append('"');
                        position++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                break;
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
    }
}
