using System.Globalization;

namespace MesoSafe.Cli.Signals;

/// <summary>Number text for the CSV: invariant culture, shortest round-trip digits, +Inf as
/// <c>Inf</c>, -Inf as <c>-Inf</c>, NaN as <c>NA</c> (what R's read.csv understands).</summary>
internal static class SignalNumber
{
    public static int Format(double value, Span<char> destination)
    {
        if (double.IsNaN(value))
        {
            "NA".CopyTo(destination);
            return 2;
        }

        if (double.IsInfinity(value))
        {
            string text = value > 0 ? "Inf" : "-Inf";
            text.CopyTo(destination);
            return text.Length;
        }

        value.TryFormat(destination, out int written, "R", CultureInfo.InvariantCulture);
        return written;
    }

    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[32];
        return new string(buffer[..Format(value, buffer)]);
    }
}
