using CareerGuide.Content.Sections;

namespace CareerGuide.Web.Views;

/// <summary>What a section partial needs: the section, its guide, and where it sits on the page.</summary>
/// <param name="Guide">The guide the section belongs to.</param>
/// <param name="Section">The section.</param>
/// <param name="Standalone">True on the one-section page, where the section title is the page's h1.</param>
public sealed record SectionView(Content.Model.CareerGuide Guide, GuideSection Section, bool Standalone)
{
    /// <summary>The level for headings inside the section: 2 on its own page, 3 within the whole guide.</summary>
    public int SubHeading => Standalone ? 2 : 3;

    /// <summary>Prefix for element ids, unique per section on the whole-guide page.</summary>
    public string IdPrefix => Section.Info.Slug;

    /// <summary>The statements a student ticked in the Fit self-check (indexes), when this is its result.</summary>
    public IReadOnlySet<int> FitChecked { get; init; } = new HashSet<int>();

    /// <summary>True when the Fit self-check was submitted.</summary>
    public bool FitAnswered { get; init; }

    /// <summary>The section's own URL.</summary>
    public string Url => Links.Section(Guide.Slug, Section.Info.Slug);
}
