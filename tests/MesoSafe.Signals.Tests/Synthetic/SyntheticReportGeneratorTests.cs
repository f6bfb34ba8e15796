using Xunit;
using MesoSafe.Signals.Inputs;
using MesoSafe.Signals.Synthetic;
using MesoSafe.Signals.Tests.Inputs;

namespace MesoSafe.Signals.Tests.Synthetic;

public sealed class SyntheticReportGeneratorTests
{
    private static string Generate(SyntheticReportOptions options)
    {
        using var writer = new StringWriter();
        SyntheticReportGenerator.Write(writer, options);
        return writer.ToString();
    }

    [Fact]
    public void Same_seed_gives_identical_text()
    {
        var options = new SyntheticReportOptions { Reports = 2_000, Seed = 42 };

        Assert.Equal(Generate(options), Generate(options));
    }

    [Fact]
    public void Different_seed_gives_different_text()
    {
        Assert.NotEqual(Generate(new SyntheticReportOptions { Seed = 1 }), Generate(new SyntheticReportOptions { Seed = 2 }));
    }

    [Fact]
    public void Output_reads_back_cleanly_with_every_report_present()
    {
        var options = new SyntheticReportOptions { Reports = 500, Seed = 7 };
        var sink = new RecordingSink();

        long rows;
        using (var writer = new StringWriter())
        {
            rows = SyntheticReportGenerator.Write(writer, options);
            var summary = CsvReportReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(writer.ToString())), "synth.csv", sink,
                new CsvReportOptions { StrataColumns = ["sex"] });
            Assert.Equal(0, summary.RowsSkipped);
        }

        Assert.Equal(rows, sink.Tuples.Count);
        Assert.Equal(500, sink.Tuples.Select(t => t.Id).Distinct().Count());
        Assert.Subset(new HashSet<string> { "F", "M" }, sink.Tuples.Select(t => t.Stratum).ToHashSet());
    }

    [Fact]
    public void Planted_event_follows_its_product_far_more_often_than_it_appears_overall()
    {
        var options = new SyntheticReportOptions { Reports = 20_000, Products = 100, Events = 200, Planted = 3, Seed = 3 };
        var sink = new RecordingSink();
        using (var writer = new StringWriter())
        {
            SyntheticReportGenerator.Write(writer, options);
            CsvReportReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(writer.ToString())), "synth.csv", sink, new CsvReportOptions());
        }

        var reports = sink.Tuples.GroupBy(t => t.Id).ToList();
        foreach (var planted in SyntheticReportGenerator.PlantedSignals(options))
        {
            var withProduct = reports.Where(r => r.Any(t => t.Product == planted.Product)).ToList();
            double givenProduct = withProduct.Count(r => r.Any(t => t.Event == planted.Event)) / (double)withProduct.Count;
            double overall = reports.Count(r => r.Any(t => t.Event == planted.Event)) / (double)reports.Count;
            Assert.True(givenProduct > 3 * overall, $"{planted}: {givenProduct} vs {overall}");
        }
    }

    [Fact]
    public void Planted_list_has_the_requested_number_of_distinct_pairs()
    {
        var planted = SyntheticReportGenerator.PlantedSignals(new SyntheticReportOptions { Planted = 12, Products = 500, Events = 500 });

        Assert.Equal(12, planted.Distinct().Count());
    }
}
