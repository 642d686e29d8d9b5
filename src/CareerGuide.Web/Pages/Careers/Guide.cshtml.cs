using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.Infrastructure;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>The whole guide: table of contents and every section the guide has.</summary>
public sealed class GuideModel(ContentStore store, IOptions<SiteOptions> site) : PageModel
{
    /// <summary>The page's head: title, description, canonical URL, JSON-LD.</summary>
    public PageMeta Meta { get; private set; } = new();

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
        var jsonLd = new List<string> { StructuredData.Occupation(site.Value, guide) };
        if (guide.Section<FaqSection>() is { } faq) jsonLd.Add(StructuredData.Faq(faq));
        Meta = new PageMeta
        {
            Title = guide.Title,
            Description = SectionText.Shorten(guide.Summary),
            Path = Links.Guide(guide.Slug),
            Breadcrumbs = [new Crumb("Careers", "/careers"), new Crumb(guide.Title, Links.Guide(guide.Slug))],
            JsonLd = jsonLd,
        };
        return Page();
    }
}
