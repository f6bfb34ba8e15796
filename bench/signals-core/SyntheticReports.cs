using System.Globalization;
using MesoSafe.Signals;

namespace MesoSafe.Signals.Benchmarks;

/// <summary>Seeded synthetic reports at scale (for timing only): skewed product and event
/// popularity, and a planted product-to-event affinity so the table has real signals.</summary>
internal static class SyntheticReports
{
    public static void Feed(IReportTupleSink sink, int reports, int rowsPerReport, int products, int events, int seed)
    {
        var random = new Random(seed);
        Span<char> report = stackalloc char[16];
        Span<char> product = stackalloc char[16];
        Span<char> @event = stackalloc char[16];
        for (int r = 0; r < reports; r++)
        {
            r.TryFormat(report, out int reportLength, default, CultureInfo.InvariantCulture);
            int productCount = 1 + random.Next(3);
            int rowsLeft = rowsPerReport;
            for (int k = 0; k < productCount; k++)
            {
                int p = Skewed(random, products);
                Name('P', p, product, out int productLength);
                int eventRows = k == productCount - 1 ? rowsLeft : Math.Max(1, rowsLeft / (productCount - k));
                rowsLeft -= eventRows;
                for (int j = 0; j < eventRows; j++)
                {
                    int e = random.NextDouble() < 0.2 ? ((p * 7) + random.Next(5)) % events : Skewed(random, events);
                    Name('E', e, @event, out int eventLength);
                    sink.Add(report[..reportLength], product[..productLength], @event[..eventLength], "");
                }
            }
        }
    }

    private static int Skewed(Random random, int count) => (int)(count * Math.Pow(random.NextDouble(), 2.5));

    private static void Name(char prefix, int id, Span<char> buffer, out int length)
    {
        buffer[0] = prefix;
        id.TryFormat(buffer[1..], out int digits, default, CultureInfo.InvariantCulture);
        length = digits + 1;
    }
}
