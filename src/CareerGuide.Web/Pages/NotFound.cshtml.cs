using CareerGuide.Content.Model;
using CareerGuide.Content.Search;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages;

/// <summary>The 404 page: always status 404, with the closest career or section to what was asked for.</summary>
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel(ContentStore store) : SitePageModel
{
    /// <summary>The path that was not found.</summary>
    public string RequestedPath { get; private set; } = "/";

    /// <summary>The closest existing page, if anything is close.</summary>
    public (string Title, string Url)? Suggestion { get; private set; }

    /// <summary>Shows the page for any method the original request used.</summary>
    public IActionResult OnGet()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        RequestedPath = original ?? Request.Path.Value ?? "/";
        // A file name (/wp-login.php, /.env) is a bot's probe, never a mistyped page: a plain 404, no page.
        if (IsFileName(RequestedPath))
            return new ContentResult { StatusCode = StatusCodes.Status404NotFound, Content = "Not found.", ContentType = "text/plain; charset=utf-8" };
        Suggestion = Suggest(RequestedPath);
        Meta = new PageMeta { Title = "Page not found", Description = "This page does not exist on CareerGuide.", Path = RequestedPath, NoIndex = true };
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private (string Title, string Url)? Suggest(string path)
    {
        var catalog = store.Current;
        var target = Links.Parse(path);
        if (target.Kind == SitePathKind.Article)
        {
            var slug = target.Slug is null ? null : SlugIndex.Nearest(target.Slug, [.. catalog.Articles.Select(a => a.Slug)]);
            return slug is not null && catalog.FindArticle(slug) is { } article ? (article.Title, Links.Article(slug)) : null;
        }
        var wanted = target.Kind == SitePathKind.Career && target.Slug is { } named ? named : (target.Segments.Count > 0 ? target.Segments[^1] : string.Empty);
        var guide = catalog.FindGuide(wanted);
        if (guide is not null && target.Segments.Count >= 3)
        {
            var section = SlugIndex.Nearest(target.Segments[2], [.. guide.Sections.Select(s => s.Info.Slug)]);
            return section is not null && SectionCatalog.FindBySlug(section) is { } info
                ? ($"{info.Title} · {guide.Title}", Links.Section(guide.Slug, section))
                : (guide.Title, Links.Guide(guide.Slug));
        }
        var career = catalog.GuideSlugs.Closest(wanted);
        return career is not null && catalog.FindGuide(career) is { } closest ? (closest.Title, Links.Guide(career)) : null;
    }

    private static bool IsFileName(string path)
    {
        var last = path.AsSpan().TrimEnd('/');
        var name = last[(last.LastIndexOf('/') + 1)..];
        return name.Contains('.');
    }
}
