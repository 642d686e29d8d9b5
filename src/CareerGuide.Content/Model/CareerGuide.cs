using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Model;

/// <summary>One career guide, parsed from <c>content/careers/{slug}.md</c>. Immutable.</summary>
/// <param name="Slug">The URL slug, from the file name.</param>
/// <param name="Title">The career's name.</param>
/// <param name="Sections">The sections the guide has, in number order.</param>
public sealed record CareerGuide(string Slug, string Title, IReadOnlyList<GuideSection> Sections)
{
    /// <summary>The file the guide came from, relative to the content root.</summary>
    public string SourcePath { get; init; } = string.Empty;

    /// <summary>True for a draft: shown only in the Development environment.</summary>
    public bool Draft { get; init; }

    /// <summary>Old slugs that answer with a permanent redirect to this guide.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// When the guide last changed, from its content: the latest of its <c>updated</c> date, its import date and its
    /// sources' last-verified date; null when it has none (then the sitemap gives none). Never a file time or git history, so a
    /// copy of the content without <c>.git</c> (the Docker image) gives the same dates.
    /// </summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The one-line summary used on cards and in link previews (the snapshot's summary).</summary>
    public string Summary => Section<SnapshotSection>()?.Summary ?? string.Empty;

    /// <summary>The section of a given type, or null when the guide omits it.</summary>
    public T? Section<T>() where T : GuideSection => Sections.OfType<T>().FirstOrDefault();

    /// <summary>The section of a given kind, or null when the guide omits it.</summary>
    public GuideSection? Section(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
