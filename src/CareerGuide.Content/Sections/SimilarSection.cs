using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>Another guide that shares industries, skills or titles with this one, with its comparable figures.</summary>
/// <param name="Slug">The other guide's slug.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its one-line summary.</param>
/// <param name="Salary">Its salary range, when it has a Market section.</param>
/// <param name="Growth">Its projected growth, when it has a Market section.</param>
/// <param name="Shared">What the two have in common (industries, skills, titles), for display.</param>
public sealed record SimilarCareer(string Slug, string Title, string Summary, SalaryRange? Salary, GrowthProjection? Growth, IReadOnlyList<string> Shared);

/// <summary>13 Similar careers: derived from the other guides, never written by hand.</summary>
/// <param name="Careers">The most similar guides, most similar first.</param>
public sealed record SimilarSection(IReadOnlyList<SimilarCareer> Careers) : GuideSection(SectionKind.Similar);
