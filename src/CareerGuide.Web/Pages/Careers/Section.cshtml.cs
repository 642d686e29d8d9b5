using System.Globalization;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;
using CareerGuide.Web.Infrastructure;
using CareerGuide.Web.Views;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerGuide.Web.Pages.Careers;

/// <summary>One section alone, at its own URL; a section number answers 301 to the slug URL.</summary>
public sealed class SectionModel(ContentStore store) : PageModel
{
    /// <summary>The page's head: the section's own title, description and canonical URL.</summary>
    public PageMeta Meta { get; private set; } = new();

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
            return catalog.FindByAlias(career) is { } renamed && (Slug.IsValid(section) || section.All(char.IsAsciiDigit))
                ? RedirectPermanent(Links.Section(renamed.Slug, section))
                : NotFound();
        }

        if (section.Length is 1 or 2 && section.All(char.IsAsciiDigit))
        {
            var numbered = SectionCatalog.FindByNumber(int.Parse(section, CultureInfo.InvariantCulture));
            return numbered is not null && guide.Section(numbered.Kind) is not null
                ? RedirectPermanent(Links.Section(guide.Slug, numbered.Slug))
                : NotFound();
        }

        var info = Slug.IsValid(section) ? SectionCatalog.FindBySlug(section) : null;
        var found = info is null ? null : guide.Section(info.Kind);
        if (found is null) return NotFound();

        var index = guide.Sections.ToList().IndexOf(found);
        Previous = index > 0 ? guide.Sections[index - 1] : null;
        Next = index < guide.Sections.Count - 1 ? guide.Sections[index + 1] : null;
        View = new SectionView(guide, found, Standalone: true)
        {
            FitAnswered = answered is not null,
            FitChecked = (s ?? []).Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
                .Where(i => found is FitSection fit && i >= 0 && i < fit.Statements.Count).ToHashSet(),
        };
        Meta = new PageMeta
        {
            Title = $"{found.Info.Title} · {guide.Title}",
            Description = SectionText.Describe(guide, found),
            Path = View.Url,
            Breadcrumbs = [new Crumb("Careers", "/careers"), new Crumb(guide.Title, Links.Guide(guide.Slug)), new Crumb(found.Info.Title, View.Url)],
            JsonLd = found is FaqSection faq ? [StructuredData.Faq(faq)] : [],
        };
        return Page();
    }
}
