namespace CareerGuide.Content.Model;

/// <summary>A call to action at the end of an article.</summary>
/// <param name="Text">What it says.</param>
/// <param name="Link">Where it leads: a site-relative path or an absolute http(s) URL.</param>
public sealed record CallToAction(string Text, string? Link);

/// <summary>An article, parsed from <c>content/articles/{slug}.md</c>. Immutable.</summary>
/// <param name="Slug">The URL slug, from the file name.</param>
/// <param name="Title">The headline.</param>
/// <param name="Subtitle">The line under it.</param>
/// <param name="Description">One or two sentences for lists and link previews.</param>
/// <param name="Author">The byline.</param>
/// <param name="ReadMinutes">Estimated reading time in minutes.</param>
/// <param name="Published">When it was published.</param>
/// <param name="Created">When it was first written.</param>
/// <param name="HeroImage">A site-relative path to the lead image, if any.</param>
/// <param name="HeroAlt">Text alternative for the lead image.</param>
/// <param name="Body">The article's HTML.</param>
/// <param name="Cta">An optional call to action.</param>
public sealed record Article(
    string Slug,
    string Title,
    string Subtitle,
    string Description,
    string Author,
    int ReadMinutes,
    DateOnly Published,
    DateOnly Created,
    string? HeroImage,
    string? HeroAlt,
    RenderedHtml Body,
    CallToAction? Cta)
{
    /// <summary>Slugs of the careers the article is about.</summary>
    public IReadOnlyList<string> Careers { get; init; } = [];

    /// <summary>The file the article came from, relative to the content root.</summary>
    public string SourcePath { get; init; } = string.Empty;

    /// <summary>When the article last changed, from its content: its <c>updated</c> date, else its publish date.</summary>
    public DateTimeOffset? LastModified { get; init; }
}
