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

    /// <summary>
    /// At most this many guides changed, added or removed since the catalog being replaced, and only the guides
    /// whose derived sections can differ are worked out again; more, and every guide is.
    /// </summary>
    public const int MaxIncrementalChanges = 64;

    /// <summary>The guides with their derived sections recomputed.</summary>
    public static IReadOnlyList<Model.CareerGuide> Add(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles) =>
        Add(guides, articles, previous: null);

    /// <summary>
    /// The guides with their derived sections worked out. With <paramref name="previous"/>, the catalog being replaced,
    /// a guide whose similar careers and further reading cannot have changed keeps its derived sections (the same
    /// objects); the result is the same as without it.
    /// </summary>
    public static IReadOnlyList<Model.CareerGuide> Add(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles, ContentCatalog? previous)
    {
        var features = new GuideFeatures[guides.Count];
        Parallel.For(0, guides.Count, i => features[i] = Features(guides[i]));
        var byOnetCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < guides.Count; i++)
        {
            if (guides[i].Section<SnapshotSection>()?.Codes?.OnetSoc is { } code) byOnetCode.TryAdd(code, i);
        }
        var result = new Model.CareerGuide[guides.Count];
        var redo = previous is null ? null : Unchanged(guides, articles, features, byOnetCode, previous, result);
        if (redo is { Count: 0 }) return result;

        var index = new FeatureIndex(features);
        var readingByGuide = ReadingIndex(guides, articles, redo);
        var todo = redo?.ToArray() ?? Enumerable.Range(0, guides.Count).ToArray();
        // Each guide's neighbours are independent of the others': spread them over the cores.
        Parallel.For(0, todo.Length, () => new int[guides.Count], (n, _, scores) =>
        {
            var i = todo[n];
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

    // Fills in every guide whose derived sections are as in the previous catalog, and returns the others (by
    // position), or null when too much changed to be worth it. A guide's similar careers depend only on the
    // guides it shares something with or that O*NET relates it to, so they can differ only when it changed
    // itself, lists a guide that changed or went, is related by O*NET code to a guide that changed, or scores
    // against a changed guide well enough for it to enter its list. Further reading depends on the articles
    // and the guide's own title.
    private static List<int>? Unchanged(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles,
        GuideFeatures[] features, Dictionary<string, int> byOnetCode, ContentCatalog previous, Model.CareerGuide[] result)
    {
        if (!SameArticles(articles, previous.Articles)) return null;
        var before = new Dictionary<string, Model.CareerGuide>(previous.Guides.Count, StringComparer.Ordinal);
        foreach (var guide in previous.Guides) before.TryAdd(guide.Slug, guide);
        if (before.Count != previous.Guides.Count) return null;

        var changed = new HashSet<string>(StringComparer.Ordinal);
        var changedNow = new List<int>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < guides.Count; i++)
        {
            if (before.Remove(guides[i].Slug, out var old) && SameOwnContent(guides[i], old)) continue;
            changed.Add(guides[i].Slug);
            changedNow.Add(i);
            if (old?.Section<SnapshotSection>()?.Codes?.OnetSoc is { } oldCode) codes.Add(oldCode);
            if (guides[i].Section<SnapshotSection>()?.Codes?.OnetSoc is { } code) codes.Add(code);
            if (changed.Count > MaxIncrementalChanges) return null;
        }
        foreach (var gone in before.Values)
        {
            changed.Add(gone.Slug);
            if (gone.Section<SnapshotSection>()?.Codes?.OnetSoc is { } code) codes.Add(code);
            if (changed.Count > MaxIncrementalChanges) return null;
        }

        var bySlug = new Dictionary<string, int>(guides.Count, StringComparer.Ordinal);
        for (var i = 0; i < guides.Count; i++) bySlug.TryAdd(guides[i].Slug, i);
        var redo = new List<int>();
        for (var i = 0; i < guides.Count; i++)
        {
            var guide = guides[i];
            if (changed.Contains(guide.Slug)) { redo.Add(i); continue; }
            var old = previous.FindGuide(guide.Slug)!;
            var similar = old.Section<SimilarSection>()?.Careers ?? [];
            var relatedCodes = guide.Section<SnapshotSection>()?.Related ?? [];
            if (similar.Any(c => changed.Contains(c.Slug)) || relatedCodes.Any(codes.Contains)
                || changedNow.Exists(x => x != i && MightEnter(i, x, guides, features, byOnetCode, bySlug, similar)))
            {
                redo.Add(i);
                continue;
            }
            var sections = guide.Sections.Where(s => !s.Info.IsDerived).Concat(old.Sections.Where(s => s.Info.IsDerived));
            result[i] = guide with { Sections = [.. sections.OrderBy(s => s.Info.Number)] };
        }
        return redo;
    }

    // Whether changed guide x could now be among guide me's computed similar careers.
    private static bool MightEnter(int me, int x, IReadOnlyList<Model.CareerGuide> guides, GuideFeatures[] features,
        Dictionary<string, int> byOnetCode, Dictionary<string, int> bySlug, IReadOnlyList<SimilarCareer> listed)
    {
        var score = Score(features[me], features[x]);
        if (score == 0) return false;
        var related = Related(me, guides, byOnetCode);
        if (related.Count >= MaxSimilar) return false;
        // With related careers listed, some of the best scores may be hidden behind them: work it out again.
        if (related.Count > 0) return true;
        if (listed.Count < MaxSimilar) return true;
        if (!bySlug.TryGetValue(listed[^1].Slug, out var last)) return true;
        var lastScore = Score(features[me], features[last]);
        return score > lastScore
            || (score == lastScore && string.Compare(guides[x].Title, guides[last].Title, StringComparison.OrdinalIgnoreCase) <= 0);
    }

    // What Similar adds up for a pair: 3 for each title, 2 for each industry and 1 for each skill they share.
    private static int Score(GuideFeatures a, GuideFeatures b) =>
        3 * a.Titles.Count(b.Titles.Contains) + 2 * a.Industries.Count(b.Industries.Contains) + a.Skills.Count(b.Skills.Contains);

    // The same title and the same section objects, derived ones aside (called for every guide on every reload).
    private static bool SameOwnContent(Model.CareerGuide now, Model.CareerGuide before)
    {
        if (now.Title != before.Title) return false;
        var (a, b) = (now.Sections, before.Sections);
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < a.Count && a[i].Info.IsDerived) i++;
            while (j < b.Count && b[j].Info.IsDerived) j++;
            if (i == a.Count || j == b.Count) return i == a.Count && j == b.Count;
            if (!ReferenceEquals(a[i++], b[j++])) return false;
        }
    }

    // What further reading reads of the articles: the same for both lists, in any order.
    private static bool SameArticles(IReadOnlyList<Article> now, IReadOnlyList<Article> before)
    {
        if (now.Count != before.Count) return false;
        var old = before.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        return now.All(a => old.TryGetValue(a.Slug, out var b) && a.Title == b.Title && a.Description == b.Description
            && a.Published == b.Published && a.Body.Value == b.Body.Value && a.Careers.SequenceEqual(b.Careers, StringComparer.Ordinal));
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

    private static List<ArticleLink>[] ReadingIndex(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles, List<int>? only)
    {
        var result = new List<ArticleLink>[guides.Count];
        if (only is null) Parallel.For(0, guides.Count, i => result[i] = Reading(guides[i], articles));
        else Parallel.ForEach(only, i => result[i] = Reading(guides[i], articles));
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
