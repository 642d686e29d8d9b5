using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerGuide.Web.Views;

/// <summary>
/// Renders a section with the partial its kind's rules name (<c>Sections/_{Kind}.cshtml</c>), writing straight
/// to the page: the whole guide renders seventeen of them, and the partial tag helper's buffering and nested
/// dispatch cost more than the sections themselves.
/// </summary>
public static class SectionRendering
{
    /// <summary>Writes the section's partial into the page, then where its figures come from, when the section says.</summary>
    public static async Task RenderSectionAsync(this IHtmlHelper html, SectionView view)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(view);
        await html.RenderPartialAsync(view.Info.Rules.PartialName, view);
        if (view.Part.FiguresSource is { } source)
        {
            var writer = html.ViewContext.Writer;
            writer.Write("<p class=\"figures-source\">Figures: ");
            writer.Write(System.Net.WebUtility.HtmlEncode(source));
            writer.Write(" (<a href=\"");
            writer.Write(Content.Model.Links.Credits);
            writer.Write("\">credits</a>)</p>");
        }
    }

    /// <summary>The section's prose from the Markdown body (already made safe when it was parsed), or nothing.</summary>
    public static IHtmlContent Prose(this IHtmlHelper html, SectionView view)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(view);
        return view.Part.Prose.IsEmpty
            ? HtmlString.Empty
            : new HtmlContentBuilder(3).AppendHtml("<div class=\"prose\">").AppendHtml(view.Part.Prose.Value).AppendHtml("</div>");
    }
}
