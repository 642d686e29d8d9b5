using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>One source a guide's facts come from.</summary>
/// <param name="Publisher">Who published it.</param>
/// <param name="Title">Its title, as published.</param>
/// <param name="Kind">What sort of source it is, e.g. <c>Industry</c> or <c>Government</c>.</param>
/// <param name="Url">Where to read it, when known.</param>
public sealed record Source(string Publisher, string Title, string Kind, Uri? Url)
{
    /// <summary>The release or edition, as the publisher names it (e.g. <c>O*NET 30.1, December 2025</c>), when given.</summary>
    public string? Release { get; init; }

    /// <summary>The licence the source is published under (e.g. <c>CC BY 4.0</c>), when given.</summary>
    public string? Licence { get; init; }
}

/// <summary>14 Sources: every source, and when they were last checked.</summary>
/// <param name="Items">The sources.</param>
/// <param name="LastVerified">When the guide was last checked against its sources; null when it never was, which the page says plainly.</param>
public sealed record SourcesSection(IReadOnlyList<Source> Items, DateOnly? LastVerified) : GuideSection(SectionKind.Sources)
{
    /// <summary>When the figures were imported from the sources' data files; null for a guide written by hand.</summary>
    public DateOnly? Imported { get; init; }
}
