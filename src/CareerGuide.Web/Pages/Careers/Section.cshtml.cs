using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.ContentServing;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>One section alone, at its own URL; a section number answers 301 to the slug URL.</summary>
public sealed class SectionModel(ContentStore store) : SitePageModel
{
    // null! until OnGet sets it: the page renders only after OnGet has, and never reads it on a 404 or redirect.
    /// <summary>The section and its guide.</summary>
    public SectionView View { get; private set; } = null!;

    /// <summary>The section before this one in the guide, if any.</summary>
    public GuideSection? Previous { get; private set; }

    /// <summary>The section after this one in the guide, if any.</summary>
    public GuideSection? Next { get; private set; }

    /// <summary>Shows the section; <paramref name="s"/> and <paramref name="answered"/> carry the Fit self-check.</summary>
    public IActionResult OnGet(string career, string section, [FromQuery] string[]? s, [FromQuery] string? answered)
    {
        if (!Slug.IsValid(career)) return NotFound();
        var catalog = store.Current;
        var guide = catalog.FindGuide(career);
        if (guide is null)
        {
            // An old slug keeps a counselor's link working: 301 to the same section under the new slug.
            return catalog.FindByAlias(career) is { } renamed && (Slug.IsValid(section) || SectionCatalog.IsNumber(section))
                ? RedirectPermanent(Links.Section(renamed.Slug, section))
                : NotFound();
        }

        var found = SectionCatalog.Find(section) is { } info ? guide.Section(info.Kind) : null;
        if (found is null) return NotFound();
        if (SectionCatalog.IsNumber(section)) return RedirectPermanent(Links.Section(guide.Slug, found.Info.Slug));

        var index = guide.Sections.ToList().IndexOf(found);
        Previous = index > 0 ? guide.Sections[index - 1] : null;
        Next = index < guide.Sections.Count - 1 ? guide.Sections[index + 1] : null;
        View = SectionView.Of(guide, found, standalone: true, FitCheck.From(s, answered is not null, found as FitSection));
        Meta = new PageMeta
        {
            Title = $"{found.Info.Title} · {guide.Title}",
            Description = found.Info.Rules.Describe(guide, found),
            Path = View.Url,
            Breadcrumbs = [new Crumb("Careers", Links.Careers), new Crumb(guide.Title, Links.Guide(guide.Slug)), new Crumb(found.Info.Title, View.Url)],
            JsonLd = found is FaqSection faq ? [StructuredData.Faq(guide, faq)] : [],
            CopyLinks = true,
        };
        return Page();
    }
}
