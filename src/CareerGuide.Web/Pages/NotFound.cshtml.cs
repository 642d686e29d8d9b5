using CareerGuide.Content.Model;
using CareerGuide.Web.Infrastructure;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages;

/// <summary>The 404 page: always status 404, with the closest career or section to what was asked for.</summary>
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel(ContentStore store) : PageModel
{
    /// <summary>The path that was not found.</summary>
    public string RequestedPath { get; private set; } = "/";

    /// <summary>The closest existing page, if anything is close.</summary>
    public (string Title, string Url)? Suggestion { get; private set; }

    /// <summary>Shows the page for any method the original request used.</summary>
    public IActionResult OnGet() => Show();

    private PageResult Show()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        RequestedPath = original ?? Request.Path.Value ?? "/";
        Suggestion = Suggest(RequestedPath);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private (string Title, string Url)? Suggest(string path)
    {
        var catalog = store.Current;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 1 && segments[0] == "articles")
        {
            if (segments.Length < 2) return null;
            var slug = Suggestions.Closest(segments[1], catalog.Articles.Select(a => a.Slug));
            return slug is null ? null : (catalog.FindArticle(slug)!.Title, Links.Article(slug));
        }
        var wanted = segments.Length >= 2 && segments[0] == "careers" ? segments[1] : segments.LastOrDefault() ?? string.Empty;
        var guide = catalog.FindGuide(wanted);
        if (guide is not null && segments.Length >= 3)
        {
            var section = Suggestions.Closest(segments[2], guide.Sections.Select(s => s.Info.Slug));
            return section is null ? (guide.Title, Links.Guide(guide.Slug))
                : ($"{SectionCatalog.FindBySlug(section)!.Title} · {guide.Title}", Links.Section(guide.Slug, section));
        }
        var career = Suggestions.Closest(wanted, catalog.Guides.Select(g => g.Slug));
        return career is null ? null : (catalog.FindGuide(career)!.Title, Links.Guide(career));
    }
}
