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
    /// <summary>How many similar careers a guide lists from shared industries, skills and titles.</summary>
    public const int MaxSimilar = 3;

    /// <summary>How many of the occupations O*NET names as related a guide lists, before the computed ones.</summary>
    public const int MaxRelated = 6;

    /// <summary>The guides with their derived sections recomputed.</summary>
    public static IReadOnlyList<Model.CareerGuide> Add(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles)
    {
        var features = guides.Select(Features).ToArray();
        var index = new FeatureIndex(features);
        var readingByGuide = ReadingIndex(guides, articles);
        var byOnetCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < guides.Count; i++)
        {
            if (guides[i].Section<SnapshotSection>()?.Codes?.OnetSoc is { } code) byOnetCode.TryAdd(code, i);
        }
        var result = new Model.CareerGuide[guides.Count];
        // Each guide's neighbours are independent of the others': spread them over the cores.
        Parallel.For(0, guides.Count, () => new int[guides.Count], (i, _, scores) =>
        {
            var guide = guides[i];
            var sections = guide.Sections.Where(s => !s.Info.IsDerived).ToList();
            var related = Related(i, guides, byOnetCode);
            var similar = related.Count >= MaxSimilar ? related : [.. related, .. Similar(i, guides, features, index, scores)
                .Where(c => !related.Any(r => r.Slug == c.Slug)).Take(MaxSimilar - related.Count)];
            if (similar.Count > 0) sections.Add(new SimilarSection(similar));
            if (readingByGuide[i] is { Count: > 0 } reading) sections.Add(new ReadingSection(reading));
            result[i] = guide with { Sections = [.. sections.OrderBy(s => s.Info.Number)] };
            return scores;
        }, _ => { });
        return result;
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

    // From each title, industry and skill to the guides that have it, so a guide is only scored against
    // guides it shares something with, instead of against every guide.
    private sealed class FeatureIndex
    {
        public FeatureIndex(GuideFeatures[] features)
        {
            for (var i = 0; i < features.Length; i++)
            {
                foreach (var t in features[i].Titles) Add(Titles, t, i);
                foreach (var t in features[i].Industries) Add(Industries, t, i);
                foreach (var t in features[i].Skills) Add(Skills, t, i);
            }
        }

        public Dictionary<string, List<int>> Titles { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, List<int>> Industries { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, List<int>> Skills { get; } = new(StringComparer.OrdinalIgnoreCase);

        private static void Add(Dictionary<string, List<int>> map, string key, int guide)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            list.Add(guide);
        }
    }

    private static List<SimilarCareer> Similar(int me, IReadOnlyList<Model.CareerGuide> guides, GuideFeatures[] features, FeatureIndex index, int[] scores)
    {
        var touched = new List<int>();
        void Score(IEnumerable<string> keys, Dictionary<string, List<int>> map, int weight)
        {
            foreach (var key in keys)
            {
                foreach (var other in map[key])
                {
                    if (other == me) continue;
                    if (scores[other] == 0) touched.Add(other);
                    scores[other] += weight;
                }
            }
        }
        // Shared titles say the most about the work, industries next, single skills least.
        Score(features[me].Titles, index.Titles, 3);
        Score(features[me].Industries, index.Industries, 2);
        Score(features[me].Skills, index.Skills, 1);

        // The best few in one pass (score first, then title A to Z): no sort of every guide touched.
        var best = new List<int>(MaxSimilar + 1);
        foreach (var other in touched)
        {
            var at = best.Count;
            while (at > 0 && Better(other, best[at - 1])) at--;
            if (at < MaxSimilar)
            {
                best.Insert(at, other);
                if (best.Count > MaxSimilar) best.RemoveAt(MaxSimilar);
            }
        }
        bool Better(int a, int b) => scores[a] != scores[b]
            ? scores[a] > scores[b]
            : string.Compare(guides[a].Title, guides[b].Title, StringComparison.OrdinalIgnoreCase) < 0;
        foreach (var other in touched) scores[other] = 0;

        var mine = features[me];
        return [.. best.Select(o =>
        {
            var theirs = features[o];
            var shared = mine.Titles.Where(theirs.Titles.Contains)
                .Concat(mine.Industries.Where(theirs.Industries.Contains))
                .Concat(mine.Skills.Where(theirs.Skills.Contains)).ToList();
            return Career(guides[o], shared);
        })];
    }

    // The guides of the occupations O*NET lists as related to this one, in O*NET's order.
    private static List<SimilarCareer> Related(int me, IReadOnlyList<Model.CareerGuide> guides, Dictionary<string, int> byOnetCode)
    {
        var codes = guides[me].Section<SnapshotSection>()?.Related ?? [];
        return [.. codes
            .Select(c => byOnetCode.TryGetValue(c, out var other) && other != me ? guides[other] : null)
            .OfType<Model.CareerGuide>()
            .DistinctBy(g => g.Slug)
            .Take(MaxRelated)
            .Select(g => Career(g, ["related occupation in O*NET"]))];
    }

    private static SimilarCareer Career(Model.CareerGuide guide, IReadOnlyList<string> shared)
    {
        var market = guide.Section<MarketSection>();
        return new SimilarCareer(guide.Slug, guide.Title, guide.Summary, market?.Salary, market?.Growth, shared);
    }

    private static List<ArticleLink>[] ReadingIndex(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles)
    {
        var result = new List<ArticleLink>[guides.Count];
        Parallel.For(0, guides.Count, i => result[i] = Reading(guides[i], articles));
        return result;
    }

    private static List<ArticleLink> Reading(Model.CareerGuide guide, IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0) return [];
        var name = new Regex($@"\b{Regex.Escape(guide.Title)}s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return [.. articles
            .Where(a => a.Careers.Contains(guide.Slug) || name.IsMatch(a.Title) || name.IsMatch(a.Description) || name.IsMatch(a.Body.Value))
            .OrderByDescending(a => a.Published)
            .Select(a => new ArticleLink(a.Slug, a.Title, a.Description, a.Published))];
    }
}
