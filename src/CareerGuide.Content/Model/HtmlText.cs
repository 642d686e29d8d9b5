using System.Net;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Model;

/// <summary>The words of rendered HTML, for search, snippets and link previews.</summary>
public static partial class HtmlText
{
    /// <summary>The text of the HTML: tags removed, entities decoded, white space folded.</summary>
    public static string Plain(RenderedHtml html) => html.IsEmpty
        ? string.Empty
        : WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html.Value, " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
