using CareerGuide.Content.Model;
using CareerGuide.Web.Hosting;
using CareerGuide.Web.ContentServing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Pages.Articles;

/// <summary>One article.</summary>
public sealed class ArticleModel(ContentStore store, IOptions<SiteOptions> site) : SitePageModel
{
    // null! until OnGet sets it: the page renders only after OnGet has, and never reads it on a 404 or redirect.
    /// <summary>The article shown.</summary>
    public Article Article { get; private set; } = null!;

    /// <summary>Finds the article, or answers 404.</summary>
    public IActionResult OnGet(string article)
    {
        var found = Slug.IsValid(article) ? store.Current.FindArticle(article) : null;
        if (found is null) return NotFound();
        Article = found;
        Meta = new PageMeta
        {
            Title = found.Title,
            Description = found.Description,
            Path = Links.Article(found.Slug),
            OgType = "article",
            Breadcrumbs = [new Crumb("Articles", Links.Articles), new Crumb(found.Title, Links.Article(found.Slug))],
            JsonLd = [StructuredData.Article(site.Value, found)],
        };
        return Page();
    }
}
