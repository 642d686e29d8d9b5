using CareerGuide.Content.Model;
using CareerGuide.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Articles;

/// <summary>One article.</summary>
public sealed class ArticleModel(ContentStore store) : PageModel
{
    /// <summary>The article shown.</summary>
    public Article Article { get; private set; } = null!;

    /// <summary>Finds the article, or answers 404.</summary>
    public IActionResult OnGet(string article)
    {
        var found = Slug.IsValid(article) ? store.Current.FindArticle(article) : null;
        if (found is null) return NotFound();
        Article = found;
        return Page();
    }
}
