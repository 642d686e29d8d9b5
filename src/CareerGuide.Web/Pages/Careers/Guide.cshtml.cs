using CareerGuide.Content.Model;
using CareerGuide.Web.Infrastructure;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>The whole guide: table of contents and every section the guide has.</summary>
public sealed class GuideModel(ContentStore store) : PageModel
{
    /// <summary>The guide shown.</summary>
    public Content.Model.CareerGuide Guide { get; private set; } = null!;

    /// <summary>Finds the guide; an old slug answers 301 to the new one; anything else is 404.</summary>
    public IActionResult OnGet(string career)
    {
        if (!Slug.IsValid(career)) return NotFound();
        var catalog = store.Current;
        var guide = catalog.FindGuide(career);
        if (guide is null)
            return catalog.FindByAlias(career) is { } renamed ? RedirectPermanent(Links.Guide(renamed.Slug)) : NotFound();
        Guide = guide;
        return Page();
    }
}
