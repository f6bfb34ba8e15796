using System.Globalization;
using MesoSafe.Signals;
using ScottPlot;

namespace MesoSafe.Cli.Signals;

/// <summary>Draws the top pairs' EBGM with their EB05-EB95 interval as horizontal bars on a log
/// axis, labelled "product / event", with the default rule's EB05 threshold line (SVG or PNG by extension).</summary>
internal static class SignalPlot
{
    public static void Save(IReadOnlyList<SignalRow> rows, string path)
    {
        var plot = new Plot();
        var shown = rows.Where(r => double.IsFinite(r.EBGM) && r.EB05 > 0 && double.IsFinite(r.EB95)).ToList();
        double[] ys = new double[shown.Count];
        string[] labels = new string[shown.Count];
        for (int i = 0; i < shown.Count; i++)
        {
            var row = shown[i];
            double y = shown.Count - 1 - i;
            ys[i] = y;
            labels[i] = Shorten(row.Product) + " / " + Shorten(row.Event);
            var bar = plot.Add.Line(Math.Log10(row.EB05), y, Math.Log10(row.EB95), y);
            bar.LineWidth = 2;
            bar.Color = Colors.SteelBlue;
            var point = plot.Add.Marker(Math.Log10(row.EBGM), y);
            point.Color = Colors.DarkRed;
            point.MarkerSize = 8;
        }

        var threshold = plot.Add.VerticalLine(Math.Log10(SignalCriteria.Eb05Threshold));
        threshold.Color = Colors.Gray;
        threshold.LinePattern = LinePattern.Dashed;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ys, labels);
        double[] decades = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. decades.Select(Math.Log10)], [.. decades.Select(d => d.ToString(CultureInfo.InvariantCulture))]);
        plot.XLabel(string.Create(CultureInfo.InvariantCulture, $"EBGM with EB05-EB95 (log scale; dashed: {SignalCriteria.Eb05Threshold})"));
        plot.Title($"Top {shown.Count} product-event pairs by EB05");
        int height = Math.Max(300, 60 + (shown.Count * 24));
        if (Path.GetExtension(path).Equals(".png", StringComparison.OrdinalIgnoreCase))
        {
            plot.SavePng(path, 1000, height);
        }
        else
        {
            plot.SaveSvg(path, 1000, height);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");
}
