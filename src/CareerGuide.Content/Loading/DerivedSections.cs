using System.Text.RegularExpressions;
using CareerGuide.Content.Model;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Loading;

/// <summary>
/// Adds the sections the site writes itself: 13 Similar careers (guides sharing industries, skills or titles)
/// and 15 Further reading (articles that name the career). Run whenever a catalog is built, so both follow
/// every edit; a section appears only when there is something to show.
/// </summary>
public static class DerivedSections
{
    /// <summary>How many similar careers a guide lists.</summary>
    public const int MaxSimilar = 3;

    /// <summary>The guides with their derived sections recomputed.</summary>
    public static IReadOnlyList<Model.CareerGuide> Add(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles)
    {
        var features = guides.ToDictionary(g => g.Slug, Features, StringComparer.Ordinal);
        return [.. guides.Select(guide =>
        {
            var sections = guide.Sections.Where(s => !s.Info.IsDerived).ToList();
            var similar = Similar(guide, guides, features);
            if (similar.Count > 0) sections.Add(new SimilarSection(similar));
            var reading = Reading(guide, articles);
            if (reading.Count > 0) sections.Add(new ReadingSection(reading));
            return guide with { Sections = [.. sections.OrderBy(s => s.Info.Number)] };
        })];
    }

    private sealed record GuideFeatures(HashSet<string> Industries, HashSet<string> Skills, HashSet<string> Titles);

    private static GuideFeatures Features(Model.CareerGuide guide)
    {
        var snapshot = guide.Section<SnapshotSection>();
        var skills = guide.Section<SkillsSection>()?.Ratings.Select(r => r.Skill) ?? [];
        return new GuideFeatures(
            new HashSet<string>(snapshot?.Industries ?? [], StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(skills.Concat(snapshot?.TopSkills ?? []), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>((snapshot?.Titles ?? []).Append(guide.Title), StringComparer.OrdinalIgnoreCase));
    }

    private static List<SimilarCareer> Similar(Model.CareerGuide guide, IReadOnlyList<Model.CareerGuide> guides, Dictionary<string, GuideFeatures> features)
    {
        var mine = features[guide.Slug];
        return [.. guides
            .Where(other => other.Slug != guide.Slug)
            .Select(other =>
            {
                var theirs = features[other.Slug];
                var titles = mine.Titles.Where(theirs.Titles.Contains).ToList();
                var industries = mine.Industries.Where(theirs.Industries.Contains).ToList();
                var skills = mine.Skills.Where(theirs.Skills.Contains).ToList();
                // Shared titles say the most about the work, industries next, single skills least.
                var score = titles.Count * 3 + industries.Count * 2 + skills.Count;
                return (Other: other, Score: score, Shared: titles.Concat(industries).Concat(skills).ToList());
            })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Other.Title, StringComparer.OrdinalIgnoreCase)
            .Take(MaxSimilar)
            .Select(x =>
            {
                var market = x.Other.Section<MarketSection>();
                return new SimilarCareer(x.Other.Slug, x.Other.Title, x.Other.Summary, market?.Salary, market?.Growth, x.Shared);
            })];
    }

    private static List<ArticleLink> Reading(Model.CareerGuide guide, IReadOnlyList<Article> articles)
    {
        var name = new Regex($@"\b{Regex.Escape(guide.Title)}s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return [.. articles
            .Where(a => a.Careers.Contains(guide.Slug) || name.IsMatch(a.Title) || name.IsMatch(a.Description) || name.IsMatch(a.Body.Value))
            .OrderByDescending(a => a.Published)
            .Select(a => new ArticleLink(a.Slug, a.Title, a.Description, a.Published))];
    }
}
