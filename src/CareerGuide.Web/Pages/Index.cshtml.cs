using CareerGuide.Content.Model;
using CareerGuide.Web.ContentServing;

namespace CareerGuide.Web.Pages;

/// <summary>Home: career cards and the latest articles. Its head is the site's own (the default <see cref="SitePageModel.Meta"/>).</summary>
public sealed class IndexModel(ContentStore store) : SitePageModel
{
    /// <summary>The catalog for this request.</summary>
    public ContentCatalog Catalog { get; } = store.Current;
}
