using System.Globalization;
using System.Text;
using MesoSafe.Signals;

namespace MesoSafe.Web.Pages.Safety;

/// <summary>The contract's signal CSV (contract.md, "Signals"): fixed columns, invariant numbers.</summary>
public static class SignalCsv
{
    public const string Header = "product,event,N,E,RR,PRR,ROR,IC,IC025,EBGM,EB05,EB95";

    public static byte[] Write(IEnumerable<SignalRow> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(Field(row.Product)).Append(',').Append(Field(row.Event)).Append(',')
                .Append(row.N.ToString(CultureInfo.InvariantCulture));
            foreach (var value in new[] { row.E, row.RR, row.PRR, row.ROR, row.IC, row.IC025, row.EBGM, row.EB05, row.EB95 })
            {
                text.Append(',').Append(Number(value));
            }

            text.Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Number(double value) =>
        double.IsNaN(value) ? "" : double.IsPositiveInfinity(value) ? "Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
