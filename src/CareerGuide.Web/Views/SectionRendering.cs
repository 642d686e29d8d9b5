using System.Collections.Frozen;
using CareerGuide.Content.Model;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareerGuide.Web.Views;

/// <summary>
/// Renders a section with its kind's partial, <c>Sections/_{Kind}.cshtml</c> (adding a kind is one model
/// type, one partial, one test), writing straight to the page: the whole guide renders seventeen of them,
/// and the partial tag helper's buffering and nested dispatch cost more than the sections themselves.
/// </summary>
public static class SectionRendering
{
    /// <summary>Writes the section's partial into the page.</summary>
    public static Task RenderSectionAsync(this IHtmlHelper html, SectionView view) =>
        html.RenderPartialAsync(PartialName(view.Section.Kind), view);

    private static readonly FrozenDictionary<SectionKind, string> PartialNames =
        Enum.GetValues<SectionKind>().ToFrozenDictionary(kind => kind, kind => $"Sections/_{kind}");

    /// <summary>The partial that renders a section kind.</summary>
    public static string PartialName(SectionKind kind) => PartialNames[kind];

    /// <summary>The section's prose from the Markdown body (already made safe when it was parsed), or nothing.</summary>
    public static IHtmlContent Prose(this IHtmlHelper html, SectionView view)
    {
        ArgumentNullException.ThrowIfNull(html);
        return view.Section.Prose.IsEmpty
            ? HtmlString.Empty
            : new HtmlContentBuilder(3).AppendHtml("<div class=\"prose\">").AppendHtml(view.Section.Prose.Value).AppendHtml("</div>");
    }
}
