using System.Globalization;

namespace MesoSafe.Signals.Outputs;

/// <summary>Number text for the signal CSV, one convention for the command line and the web export:
/// invariant culture, shortest round-trip digits, +Inf as <c>Inf</c>, -Inf as <c>-Inf</c>, NaN as
/// <c>NA</c> (R's and openEBGM's spelling, which read.csv understands; ADR 0353).</summary>
public static class SignalNumber
{
    public const string NotAvailable = "NA";

    public static int Format(double value, Span<char> destination)
    {
        if (double.IsNaN(value))
        {
            NotAvailable.CopyTo(destination);
            return NotAvailable.Length;
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
