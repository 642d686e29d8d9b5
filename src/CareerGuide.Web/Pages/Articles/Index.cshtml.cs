using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;

namespace CareerGuide.Web.Pages.Articles;

/// <summary>All articles, newest first.</summary>
public sealed class IndexModel(ContentStore store) : SitePageModel
{
    /// <summary>The catalog for this request.</summary>
    public ContentCatalog Catalog { get; private set; } = ContentCatalog.Empty;

    /// <summary>Shows every article.</summary>
    public void OnGet()
    {
        Catalog = store.Current;
        Meta = new PageMeta
        {
            Title = "Articles",
            Description = "Articles about careers, skills and the job market.",
            Path = Links.Articles,
            Breadcrumbs = [new Crumb("Articles", Links.Articles)],
        };
    }
}
