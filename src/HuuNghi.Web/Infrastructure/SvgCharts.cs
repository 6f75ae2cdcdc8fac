using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Bar charts drawn on the server as inline SVG: the intranet has no CDN and the page needs no script, and
/// the figures are in the markup for screen readers (a title per bar, a table beside every chart).
/// </summary>
public static class SvgCharts
{
    public sealed record Bar(string Label, decimal Value);

    public sealed record Series(string Name, string CssClass, IReadOnlyList<decimal> Values);

    /// <summary>Vertical bars, one group per label, one bar per series (e.g. months × inbound/outbound).</summary>
    public static IHtmlContent Columns(string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series)
    {
        const int height = 180, top = 16, bottom = 28, left = 34;
        var groupWidth = Math.Max(24, 560 / Math.Max(1, labels.Count));
        var width = left + groupWidth * labels.Count + 8;
        // Two equal whole steps on a round scale: 0, 5, 10 rather than 0, 0.5, 1 printed as "0, 1, 1".
        var step = NiceStep(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max() / 2);
        var max = step * 2;
        var barWidth = Math.Max(4, (groupWidth - 6) / Math.Max(1, series.Count));
        var svg = Open(title, width, height + top + bottom);
        foreach (var tick in new[] { 0m, step, max })
        {
            var y = top + height - (double)(tick / max) * height;
            svg.Append(F($"<line class=\"grid-line\" x1=\"{left}\" x2=\"{width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>"));
            svg.Append(F($"<text class=\"axis\" x=\"{left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Number(tick)}</text>"));
        }
        for (var i = 0; i < labels.Count; i++)
        {
            var x0 = left + i * groupWidth + 3;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[i];
                var h = (double)(value / max) * height;
                svg.Append(F($"<rect class=\"{series[s].CssClass}\" x=\"{x0 + s * barWidth}\" y=\"{top + height - h:0.#}\" width=\"{barWidth - 1}\" height=\"{h:0.#}\">"));
                svg.Append($"<title>{Encode(labels[i])} · {Encode(series[s].Name)}: {Number(value)}</title></rect>");
            }
            svg.Append(F($"<text class=\"axis\" x=\"{x0 + groupWidth / 2 - 3}\" y=\"{top + height + 16}\" text-anchor=\"middle\">")).Append(Encode(labels[i])).Append("</text>");
        }
        return Close(svg);
    }

    /// <summary>Horizontal bars, largest first (e.g. citizens abroad by country).</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<Bar> bars)
    {
        const int row = 26, labelWidth = 150, barArea = 380;
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var svg = Open(title, labelWidth + barArea + 80, Math.Max(1, bars.Count) * row + 8);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = 4 + i * row;
            var w = (double)(bars[i].Value / max) * barArea;
            svg.Append(F($"<text class=\"axis\" x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">")).Append(Encode(bars[i].Label)).Append("</text>");
            svg.Append(F($"<rect class=\"bar-a\" x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{w:0.#}\" height=\"{row - 8}\"><title>"))
                .Append(Encode(bars[i].Label)).Append(": ").Append(Number(bars[i].Value)).Append("</title></rect>");
            svg.Append(F($"<text class=\"value\" x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 16}\">{Number(bars[i].Value)}</text>"));
        }
        return Close(svg);
    }

    /// <summary>The smallest of 1, 2, 5 × 10ⁿ (at least 1) that is not below <paramref name="half"/>.</summary>
    internal static decimal NiceStep(decimal half)
    {
        for (var power = 1m; ; power *= 10)
            foreach (var m in new[] { 1m, 2m, 5m })
                if (m * power >= half) return m * power;
    }

    private static StringBuilder Open(string title, int width, int height) =>
        new StringBuilder().Append(F($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>"))
            .Append(Encode(title)).Append("</title>");

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Number(decimal n) => n.ToString("#,##0", Localization.Vietnamese);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    // SVG coordinates need a dot decimal separator whatever the request culture is.
    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
