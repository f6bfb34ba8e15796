using System.Globalization;

namespace MesoSafe.Signals.Synthetic;

/// <summary>Writes a reproducible synthetic report CSV (<c>id,product,event,sex</c>): Zipf-like
/// product and event frequencies, a few products and events per report (every product crossed
/// with every event, as FAERS reports are), and planted pairs whose event follows their product
/// at <see cref="SyntheticReportOptions.PlantedRate"/>. Same options and seed, same bytes.</summary>
public static class SyntheticReportGenerator
{
    public static string ProductName(int rank) => "PRODUCT-" + rank.ToString("D5", CultureInfo.InvariantCulture);

    public static string EventName(int rank) => "EVENT-" + rank.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The planted pairs for these options (also what <see cref="Write"/> plants).</summary>
    public static IReadOnlyList<PlantedSignal> PlantedSignals(SyntheticReportOptions options)
    {
        // Separate stream from the reports so the planted list does not depend on the report count.
        var random = new SplitMix64(options.Seed ^ 0x5EED5EED5EED5EEDUL);
        var pairs = new List<PlantedSignal>();
        var seen = new HashSet<(int, int)>();
        int guard = 0;
        while (pairs.Count < options.Planted && guard++ < options.Planted * 100)
        {
            // Mid-frequency products and rarer events: a planted pair must stand out from chance.
            int product = Math.Min(options.Products - 1, 5 + random.NextInt(Math.Max(1, options.Products / 4)));
            int ev = Math.Min(options.Events - 1, (options.Events / 4) + random.NextInt(Math.Max(1, options.Events / 2)));
            if (seen.Add((product, ev)))
            {
                pairs.Add(new PlantedSignal(ProductName(product), EventName(ev)));
            }
        }

        return pairs;
    }

    /// <summary>Writes the header and every row; returns the number of data rows.</summary>
    public static long Write(TextWriter output, SyntheticReportOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Reports, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Products, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Events, 1);
        var random = new SplitMix64(options.Seed);
        var productSampler = new ZipfSampler(options.Products, options.ZipfExponent);
        var eventSampler = new ZipfSampler(options.Events, options.ZipfExponent);
        string[] productNames = [.. Enumerable.Range(0, options.Products).Select(ProductName)];
        string[] eventNames = [.. Enumerable.Range(0, options.Events).Select(EventName)];
        var planted = PlantedSignals(options);
        var plantedByProduct = planted
            .GroupBy(p => p.Product, StringComparer.Ordinal)
            .ToDictionary(g => int.Parse(g.Key.AsSpan("PRODUCT-".Length), CultureInfo.InvariantCulture),
                g => g.Select(p => int.Parse(p.Event.AsSpan("EVENT-".Length), CultureInfo.InvariantCulture)).ToArray());

        int[] eventOffset = new int[options.Products];
        var offsets = new SplitMix64(options.Seed ^ 0x0FF5E70FF5E70FF5UL);
        for (int p = 0; p < eventOffset.Length; p++)
        {
            eventOffset[p] = offsets.NextInt(options.Events);
        }

        output.Write("id,product,event,sex\n");
        var products = new List<int>(8);
        var events = new List<int>(16);
        Span<char> id = stackalloc char[16];
        long rows = 0;
        for (int report = 1; report <= options.Reports; report++)
        {
            products.Clear();
            events.Clear();
            int productCount = 1 + random.NextInt(options.MaxProductsPerReport);
            int eventCount = 1 + random.NextInt(options.MaxEventsPerReport);
            for (int i = 0; i < productCount; i++)
            {
                AddDistinct(products, productSampler.Sample(random));
            }

            for (int i = 0; i < eventCount; i++)
            {
                // Some events follow the report's first product (its own shuffle of the event
                // ranks): real products differ in what they cause, which gives the background
                // relative risks a spread. Pure independence would make MGPS's null component a
                // point mass at 1 that no gamma fits.
                int ev = eventSampler.Sample(random);
                if (random.NextDouble() < options.ProductAffinity)
                {
                    ev = (ev + eventOffset[products[0]]) % options.Events;
                }

                AddDistinct(events, ev);
            }

            foreach (int product in products)
            {
                if (plantedByProduct.TryGetValue(product, out int[]? plantedEvents))
                {
                    foreach (int ev in plantedEvents)
                    {
                        if (random.NextDouble() < options.PlantedRate)
                        {
                            AddDistinct(events, ev);
                        }
                    }
                }
            }

            string sex = random.NextDouble() < 0.6 ? "F" : "M";
            report.TryFormat(id, out int idLength, default, CultureInfo.InvariantCulture);
            foreach (int product in products)
            {
                foreach (int ev in events)
                {
                    output.Write(id[..idLength]);
                    output.Write(',');
                    output.Write(productNames[product]);
                    output.Write(',');
                    output.Write(eventNames[ev]);
                    output.Write(',');
                    output.Write(sex);
                    output.Write('\n');
                    rows++;
                }
            }
        }

        return rows;
    }

    private static void AddDistinct(List<int> list, int value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
