namespace CareerGuide.Content.Parsing;

/// <summary>A link from a content file to a page of the site (or another value the loader checks across files), with where it is written.</summary>
/// <param name="Url">The site-relative URL, e.g. <c>/careers/data-scientist/skills</c>; for a title, the title.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SiteLink(string Url, int Line, int Column);
