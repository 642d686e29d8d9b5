using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using QRCoder;

namespace CareerGuide.Web.Views;

/// <summary>
/// A QR code as a small inline SVG path, for the printed handout. Drawn from QRCoder's module matrix
/// rather than its SVG renderer, so the markup has no style attributes (the CSP forbids inline styles).
/// Codes are cached per URL: they never change.
/// </summary>
public static class QrCode
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The SVG for a URL, with a text alternative.</summary>
    public static string Svg(string url) => Cache.GetOrAdd(url, Render);

    private static string Render(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x]) path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
            }
        }
        var label = System.Net.WebUtility.HtmlEncode($"QR code linking to {url}");
        return $"<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"120\" height=\"120\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }
}
