using CareerGuide.Content.Model;
using CareerGuide.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Articles;

/// <summary>All articles, newest first.</summary>
public sealed class IndexModel(ContentStore store) : PageModel
{
    /// <summary>The catalog for this request.</summary>
    public ContentCatalog Catalog { get; } = store.Current;
}
