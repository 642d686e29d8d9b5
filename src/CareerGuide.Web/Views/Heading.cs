using System.Net;
using Microsoft.AspNetCore.Html;

namespace CareerGuide.Web.Views;

/// <summary>A heading whose level is chosen at run time (Razor cannot write a tag name from an expression reliably).</summary>
public static class Heading
{
    /// <summary><c>&lt;h{level} id="…"&gt;text&lt;/h{level}&gt;</c>, the text encoded.</summary>
    public static IHtmlContent Of(int level, string text, string? id = null)
    {
        var tag = "h" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var idAttribute = id is null ? string.Empty : $" id=\"{WebUtility.HtmlEncode(id)}\"";
        return new HtmlString($"<{tag}{idAttribute}>{WebUtility.HtmlEncode(text)}</{tag}>");
    }

    /// <summary>A heading holding a link, for cards.</summary>
    public static IHtmlContent Link(int level, string text, string href)
    {
        var tag = "h" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new HtmlString($"<{tag}><a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(text)}</a></{tag}>");
    }
}
