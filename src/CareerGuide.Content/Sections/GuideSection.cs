using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>One section of a guide. Each kind of section is its own record type with typed data.</summary>
/// <param name="Kind">Which of the seventeen kinds this is.</param>
public abstract record GuideSection(SectionKind Kind)
{
    /// <summary>The section's fixed number, slug and title.</summary>
    public SectionInfo Info => SectionCatalog.Get(Kind);

    /// <summary>The editor's prose for the section (its Markdown under the section's heading), if any.</summary>
    public RenderedHtml Prose { get; init; } = RenderedHtml.Empty;

    /// <summary>Where the section's figures come from (its <c>source:</c> field), shown under them; null when not given.</summary>
    public string? FiguresSource { get; init; }
}
