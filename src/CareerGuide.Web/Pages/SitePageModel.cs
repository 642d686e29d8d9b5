using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages;

/// <summary>Every page's model: it says what the page's head carries, and the layout reads it from here.</summary>
public abstract class SitePageModel : PageModel
{
    /// <summary>The page's head: title, description, canonical path, breadcrumbs and JSON-LD.</summary>
    public PageMeta Meta { get; protected set; } = new();
}
