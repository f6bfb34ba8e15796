using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MesoSafe.Signals.Outputs;

/// <summary>Writes signal rows as the contract's CSV (contract.md, "Signals"): header, the contract's
/// columns first, extras after when asked; fields quoted (RFC 4180) only when they hold a comma, quote,
/// CR or LF; LF line ends; numbers as <see cref="SignalNumber"/>. The command line and the web export
/// both write through this class.</summary>
public sealed class SignalCsvWriter(TextWriter output, SignalCsvOptions options)
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private readonly char[] _number = new char[32];

    public void WriteHeader()
    {
        output.Write(string.Join(',', SignalColumns.For(options)));
        output.Write('\n');
    }

    /// <summary>One row; <paramref name="signal"/> fills the <c>signal</c> column when extras are written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(SignalRow row, bool signal = false)
    {
        ArgumentNullException.ThrowIfNull(row);
        Text(row.Product);
        output.Write(',');
        Text(row.Event);
        output.Write(',');
        output.Write(row.N.ToString(CultureInfo.InvariantCulture));
        foreach (double value in (ReadOnlySpan<double>)[row.E, row.RR, row.PRR, row.ROR, row.IC, row.IC025, row.EBGM, row.EB05, row.EB95])
        {
            Number(value);
        }

        if (options.Extras)
        {
            foreach (double value in (ReadOnlySpan<double>)[row.PrrChiSquare, row.PrrLower95, row.PrrUpper95, row.Ror025, row.Ror975])
            {
                Number(value);
            }

            output.Write(',');
            output.Write(signal ? "TRUE" : "FALSE");
        }

        if (options.ReportIds)
        {
            output.Write(',');
            Text(string.Join(';', row.ReportIds ?? []));
        }

        output.Write('\n');
    }

    private void Number(double value)
    {
        output.Write(',');
        output.Write(_number, 0, SignalNumber.Format(value, _number));
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
