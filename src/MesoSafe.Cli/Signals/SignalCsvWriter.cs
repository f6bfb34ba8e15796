using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MesoSafe.Cli.Signals;

/// <summary>Writes signal rows as CSV: header, contract columns first, extras after; fields quoted
/// (RFC 4180) only when they hold a comma, quote, CR or LF; LF line ends.</summary>
internal sealed class SignalCsvWriter(TextWriter output, bool listIds)
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly char[] _number = new char[32];

    public void WriteHeader()
    {
        output.Write(string.Join(',', SignalColumns.All(listIds)));
        output.Write('\n');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(SignalOutputRow item)
    {
        var r = item.Row;
        Text(r.Product);
        output.Write(',');
        Text(r.Event);
        output.Write(',');
        output.Write(r.N.ToString(CultureInfo.InvariantCulture));
        foreach (double value in (ReadOnlySpan<double>)[r.E, r.RR, r.PRR, r.ROR, r.IC, r.IC025, r.EBGM, r.EB05, r.EB95,
            r.PrrChiSquare, r.PrrLower95, r.PrrUpper95, r.Ror025, r.Ror975])
        {
            output.Write(',');
            output.Write(_number, 0, SignalNumber.Format(value, _number));
        }

        output.Write(',');
        output.Write(item.Signal ? "TRUE" : "FALSE");
        if (listIds)
        {
            output.Write(',');
            Text(string.Join(';', r.ReportIds ?? []));
        }

        output.Write('\n');
    }

    private void Text(string value)
    {
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            output.Write(value);
            return;
        }

        output.Write('"');
        output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
