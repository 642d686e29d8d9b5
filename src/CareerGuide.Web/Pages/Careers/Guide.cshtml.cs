using CareerGuide.Content.Model;
using CareerGuide.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>The whole guide: table of contents and every section the guide has.</summary>
public sealed class GuideModel(ContentStore store) : PageModel
{
    /// <summary>The guide shown.</summary>
    public Content.Model.CareerGuide Guide { get; private set; } = null!;

    /// <summary>Finds the guide, or answers 404 for an unknown or malformed slug.</summary>
    public IActionResult OnGet(string career)
    {
        var guide = Slug.IsValid(career) ? store.Current.FindGuide(career) : null;
        if (guide is null) return NotFound();
        Guide = guide;
        return Page();
    }
}
