using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Hosting;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>The whole guide: table of contents and every section the guide has.</summary>
public sealed class GuideModel(ContentStore store, IOptions<SiteOptions> site) : SitePageModel
{
    // null! until OnGet sets it: the page renders only after OnGet has, and never reads it on a 404 or redirect.
    /// <summary>The guide shown.</summary>
    public Content.Model.CareerGuide Guide { get; private set; } = null!;

    /// <summary>Each section's view, in number order.</summary>
    public IReadOnlyList<SectionView> Sections { get; private set; } = [];

    /// <summary>The guide's public address, printed on the handout with its QR code.</summary>
    public string AbsoluteUrl { get; private set; } = string.Empty;

    /// <summary>Finds the guide; an old slug answers 301 to the new one; anything else is 404.</summary>
    public IActionResult OnGet(string career)
    {
        if (!Slug.IsValid(career)) return NotFound();
        var catalog = store.Current;
        var guide = catalog.FindGuide(career);
        if (guide is null)
            return catalog.FindByAlias(career) is { } renamed ? RedirectPermanent(Links.Guide(renamed.Slug)) : NotFound();
        Guide = guide;
        Sections = [.. guide.Sections.Select(section => SectionView.Of(guide, section, standalone: false))];
        AbsoluteUrl = site.Value.Absolute(Links.Guide(guide.Slug));
        var jsonLd = new List<string> { StructuredData.Occupation(site.Value, guide) };
        if (guide.Section<FaqSection>() is { } faq) jsonLd.Add(StructuredData.Faq(guide, faq));
        Meta = new PageMeta
        {
            Title = guide.Title,
            Description = Display.Shorten(guide.Summary.Length > 0 ? guide.Summary : guide.Title),
            Path = Links.Guide(guide.Slug),
            Breadcrumbs = [new Crumb("Careers", Links.Careers), new Crumb(guide.Title, Links.Guide(guide.Slug))],
            JsonLd = jsonLd,
            CopyLinks = true,
        };
        return Page();
    }
}
