using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>An article about a career.</summary>
/// <param name="Slug">The article's slug.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Description">Its description.</param>
/// <param name="Published">When it was published.</param>
public sealed record ArticleLink(string Slug, string Title, string Description, DateOnly Published);

/// <summary>15 Further reading: derived from the articles that name this career.</summary>
/// <param name="Articles">The articles, newest first.</param>
public sealed record ReadingSection(IReadOnlyList<ArticleLink> Articles) : GuideSection(SectionKind.Reading);
