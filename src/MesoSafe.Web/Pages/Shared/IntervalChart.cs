using System.Globalization;
using System.Net;
using System.Text;

namespace MesoSafe.Web.Pages.Shared;

/// <summary>A server-rendered SVG forest plot: one row per estimate with its interval.</summary>
public sealed class IntervalChart
{
    public const double RowHeight = 26;
    public const double LabelWidth = 290;
    public const double PlotWidth = 460;
    public const double Top = 28;

    public required string Title { get; init; }

    public required string AxisLabel { get; init; }

    public required IReadOnlyList<IntervalChartRow> Rows { get; init; }

    /// <summary>Log scale for ratios (EBGM); linear for rates.</summary>
    public bool Logarithmic { get; init; }

    /// <summary>A vertical reference line (1 for ratios, the overall rate for rates).</summary>
    public double? Reference { get; init; }

    public string? ReferenceLabel { get; init; }

    public double Height => Top + (Rows.Count * RowHeight) + 36;

    public double Width => LabelWidth + PlotWidth + 70;

    public double Min
    {
        get
        {
            var values = Values().ToList();
            if (values.Count == 0)
            {
                return Logarithmic ? 0.1 : 0;
            }

            return Logarithmic ? Math.Pow(10, Math.Floor(Math.Log10(values.Min()))) : 0;
        }
    }

    public double Max
    {
        get
        {
            var values = Values().ToList();
            if (values.Count == 0)
            {
                return 1;
            }

            var max = values.Max();
            return Logarithmic ? Math.Pow(10, Math.Ceiling(Math.Log10(max))) : NiceCeiling(max);
        }
    }

    public double X(double value)
    {
        double min = Min, max = Max;
        double fraction = Logarithmic
            ? (Math.Log10(Math.Max(value, min)) - Math.Log10(min)) / (Math.Log10(max) - Math.Log10(min))
            : (value - min) / (max - min);
        return LabelWidth + (Math.Clamp(fraction, 0, 1) * PlotWidth);
    }

    public IEnumerable<double> Ticks()
    {
        double min = Min, max = Max;
        if (Logarithmic)
        {
            for (var tick = min; tick <= max * 1.0001; tick *= 10)
            {
                yield return tick;
            }

            yield break;
        }

        for (var i = 0; i <= 4; i++)
        {
            yield return min + ((max - min) * i / 4);
        }
    }

    /// <summary>The chart as an SVG element (text is HTML-encoded).</summary>
    public string ToSvg(string id)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Svg(Width)} {Svg(Height)}\" role=\"img\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{Svg(Width)}\" height=\"{Svg(Height)}\" fill=\"#fff\"/>");
        foreach (var tick in Ticks())
        {
            var x = Svg(X(tick));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" x2=\"{x}\" y1=\"{Svg(Top - 6)}\" y2=\"{Svg(Height - 30)}\" stroke=\"#e1e7ea\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Svg(Height - 16)}\" text-anchor=\"middle\" fill=\"#4b5b66\">{F(tick)}</text>");
        }

        if (Reference is { } reference && double.IsFinite(reference))
        {
            var x = Svg(X(reference));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" x2=\"{x}\" y1=\"{Svg(Top - 10)}\" y2=\"{Svg(Height - 30)}\" stroke=\"#4b5b66\" stroke-dasharray=\"4 3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Svg(Top - 14)}\" text-anchor=\"middle\" fill=\"#4b5b66\">{Encode(ReferenceLabel ?? "")}</text>");
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            var colour = row.Highlight ? "#a3111f" : "#0a6560";
            var label = row.Label.Length > 36 ? row.Label[..35] + "…" : row.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg(LabelWidth - 8)}\" y=\"{Svg(y + 4)}\" text-anchor=\"end\" fill=\"#17252e\">{Encode(label)}</text>");
            if (double.IsFinite(row.Low) && double.IsFinite(row.High))
            {
                string low = Svg(X(row.Low)), high = Svg(X(row.High));
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{low}\" x2=\"{high}\" y1=\"{Svg(y)}\" y2=\"{Svg(y)}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{low}\" x2=\"{low}\" y1=\"{Svg(y - 5)}\" y2=\"{Svg(y + 5)}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{high}\" x2=\"{high}\" y1=\"{Svg(y - 5)}\" y2=\"{Svg(y + 5)}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
            }

            if (double.IsFinite(row.Estimate))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg(X(row.Estimate))}\" cy=\"{Svg(y)}\" r=\"5\" fill=\"{colour}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg(LabelWidth + PlotWidth + 8)}\" y=\"{Svg(y + 4)}\" fill=\"#17252e\">{F(row.Estimate)}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg(LabelWidth + (PlotWidth / 2))}\" y=\"{Svg(Height - 2)}\" text-anchor=\"middle\" fill=\"#4b5b66\">{Encode(AxisLabel)}</text>");
        return svg.Append("</svg>").ToString();
    }

    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private IEnumerable<double> Values() =>
        Rows.SelectMany(r => new[] { r.Low, r.Estimate, r.High })
            .Append(Reference ?? double.NaN)
            .Where(v => double.IsFinite(v) && (!Logarithmic || v > 0));

    private static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}

public sealed record IntervalChartRow(string Label, double Estimate, double Low, double High, bool Highlight = false);
