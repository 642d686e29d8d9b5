using System.Collections.Frozen;
using System.Net;
using System.Text;
using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;
using CareerGuide.Content.Sections;

namespace CareerGuide.Content.Search;

/// <summary>
/// Full-text search over guides and articles, built once per catalog and immutable after. Each guide
/// section and each article is a unit with weighted words (a title counts more than prose); a document
/// must contain every query word (when none does, the best partial matches are shown). Each word also
/// matches words it is a prefix of and words one typo away, found through a map of one-letter deletions.
/// </summary>
public sealed class SearchIndex
{
    private const double TitleWeight = 10, JobTitleWeight = 6, SkillWeight = 5, IndustryWeight = 4, SummaryWeight = 2, ProseWeight = 1;
    private const double PrefixQuality = 0.8, TypoQuality = 0.6;
    private const int MaxQueryTerms = 8;

    private readonly List<Unit> units = [];
    private readonly List<string> documents = [];
    private readonly FrozenDictionary<string, Posting[]> postings;
    private readonly FrozenDictionary<string, int> documentFrequency;
    private readonly FrozenDictionary<string, string[]> deletions;
    private readonly string[] vocabulary;

    private sealed record Unit(int Document, string Kind, string Title, string? SectionTitle, string Url, string Text);

    private readonly record struct Posting(int Unit, double Weight);

    private SearchIndex(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles)
    {
        var builder = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        foreach (var guide in guides)
        {
            var doc = AddDocument("career:" + guide.Slug);
            var url = "/careers/" + guide.Slug;
            var whole = AddUnit(new Unit(doc, "career", guide.Title, null, url, guide.Summary));
            Index(builder, whole, guide.Title, TitleWeight);
            Index(builder, whole, guide.Summary, SummaryWeight);
            foreach (var section in guide.Sections)
            {
                var unit = AddUnit(new Unit(doc, "career", guide.Title, section.Info.Title, $"{url}/{section.Info.Slug}", SearchText.Of(section)));
                switch (section)
                {
                    case SnapshotSection s:
                        Index(builder, unit, string.Join(" ", s.Titles), JobTitleWeight);
                        Index(builder, unit, string.Join(" ", s.Industries), IndustryWeight);
                        // Below the Skills section's weight, so a skill search lands on the section that rates it.
                        Index(builder, unit, string.Join(" ", s.TopSkills), SkillWeight - 1);
                        break;
                    case SkillsSection s:
                        Index(builder, unit, string.Join(" ", s.Ratings.Select(r => r.Skill)), SkillWeight);
                        break;
                }
                Index(builder, unit, units[unit].Text, ProseWeight);
            }
        }
        foreach (var article in articles)
        {
            var doc = AddDocument("article:" + article.Slug);
            var body = SearchText.Plain(article.Body);
            var unit = AddUnit(new Unit(doc, "article", article.Title, null, "/articles/" + article.Slug, article.Description + " " + body));
            Index(builder, unit, article.Title, TitleWeight - 2);
            Index(builder, unit, article.Description, SummaryWeight + 1);
            Index(builder, unit, body, ProseWeight);
        }

        postings = builder.ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value.Select(p => new Posting(p.Key, p.Value)).ToArray(), StringComparer.Ordinal);
        documentFrequency = postings.ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value.Select(p => units[p.Unit].Document).Distinct().Count(), StringComparer.Ordinal);
        vocabulary = [.. builder.Keys.Order(StringComparer.Ordinal)];
        var deleted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in vocabulary.Where(t => t.Length >= 3))
        {
            foreach (var key in Deletions(term))
            {
                if (!deleted.TryGetValue(key, out var list)) deleted[key] = list = [];
                list.Add(term);
            }
        }
        deletions = deleted.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>An empty index.</summary>
    public static SearchIndex Empty { get; } = new([], []);

    /// <summary>Builds the index for a set of guides and articles.</summary>
    public static SearchIndex Build(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles) => new(guides, articles);

    /// <summary>How many distinct words are indexed.</summary>
    public int TermCount => vocabulary.Length;

    /// <summary>Runs a query; never throws, whatever the input.</summary>
    public SearchResults Search(string? query, int max = 20)
    {
        var terms = Tokens.Terms(query ?? string.Empty).Take(MaxQueryTerms).ToList();
        if (terms.Count == 0 || units.Count == 0) return SearchResults.None with { Terms = terms };

        // For each query word: every indexed word it matches, with how well.
        var expansions = terms.Select(Expand).ToList();
        var unitScores = new Dictionary<int, double[]>();
        for (var t = 0; t < expansions.Count; t++)
        {
            foreach (var (term, quality) in expansions[t])
            {
                var list = postings[term];
                var idf = Math.Log(1 + (double)documents.Count / documentFrequency[term]);
                foreach (var posting in list)
                {
                    if (!unitScores.TryGetValue(posting.Unit, out var scores)) unitScores[posting.Unit] = scores = new double[terms.Count];
                    scores[t] = Math.Max(scores[t], posting.Weight * quality * idf);
                }
            }
        }

        // A document's score per word is its best unit's; its link and snippet come from its best unit overall.
        var byDocument = unitScores.GroupBy(u => units[u.Key].Document).Select(group =>
        {
            var perWord = new double[terms.Count];
            foreach (var (_, scores) in group)
            {
                for (var t = 0; t < perWord.Length; t++) perWord[t] = Math.Max(perWord[t], scores[t]);
            }
            var best = group.OrderByDescending(u => u.Value.Count(s => s > 0)).ThenByDescending(u => u.Value.Sum()).First().Key;
            return (Best: best, Words: perWord.Count(s => s > 0), Score: perWord.Sum());
        }).ToList();

        var complete = byDocument.Where(d => d.Words == terms.Count).ToList();
        var matchedAll = complete.Count > 0;
        var chosen = (matchedAll ? complete : byDocument)
            .OrderByDescending(d => d.Words).ThenByDescending(d => d.Score).ThenBy(d => units[d.Best].Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var matchedTerms = expansions.SelectMany(e => e.Select(x => x.Term)).ToHashSet(StringComparer.Ordinal);
        var results = chosen.Take(max).Select(d =>
        {
            var unit = units[d.Best];
            return new SearchResult(unit.Kind, unit.Title, unit.SectionTitle, unit.Url, Snippet(unit.Text, matchedTerms), Math.Round(d.Score, 3));
        }).ToList();
        return new SearchResults(results, chosen.Count, matchedAll, terms);
    }

    private int AddDocument(string key)
    {
        documents.Add(key);
        return documents.Count - 1;
    }

    private int AddUnit(Unit unit)
    {
        units.Add(unit);
        return units.Count - 1;
    }

    private static void Index(Dictionary<string, Dictionary<int, double>> builder, int unit, string text, double weight)
    {
        foreach (var term in Tokens.Terms(text))
        {
            if (!builder.TryGetValue(term, out var list)) builder[term] = list = [];
            list[unit] = Math.Max(list.GetValueOrDefault(unit), weight);
        }
    }

    private List<(string Term, double Quality)> Expand(string word)
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        if (postings.ContainsKey(word)) found[word] = 1;
        if (word.Length >= 3)
        {
            // Words that start with the query word, found by binary search in the sorted vocabulary.
            var start = Array.BinarySearch(vocabulary, word, StringComparer.Ordinal);
            for (var i = start < 0 ? ~start : start + 1; i < vocabulary.Length && vocabulary[i].StartsWith(word, StringComparison.Ordinal); i++)
                found.TryAdd(vocabulary[i], PrefixQuality);
        }
        if (word.Length >= 4)
        {
            // One typo: words sharing a one-letter deletion (or equal to one), confirmed by edit distance.
            foreach (var key in Deletions(word).Append(word))
            {
                foreach (var candidate in deletions.GetValueOrDefault(key) ?? [])
                {
                    if (!found.ContainsKey(candidate) && DidYouMean.Distance(word, candidate) <= 1) found[candidate] = TypoQuality;
                }
                if (postings.ContainsKey(key) && key != word && !found.ContainsKey(key)) found[key] = TypoQuality;
            }
        }
        return [.. found.Select(kv => (kv.Key, kv.Value))];
    }

    private static IEnumerable<string> Deletions(string term)
    {
        for (var i = 0; i < term.Length; i++) yield return string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1));
    }

    // About 180 characters around the first matching word, every matching word marked.
    private static RenderedHtml Snippet(string text, HashSet<string> matched)
    {
        const int Width = 180;
        var tokens = Tokens.All(text).ToList();
        var hits = tokens.Where(t => matched.Contains(t.Term)).ToList();
        var first = hits.Count > 0 ? hits[0].Start : 0;
        var from = Math.Max(0, first - 60);
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space >= 0 && space < first ? space + 1 : from;
        }
        var to = Math.Min(text.Length, from + Width);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to);
            if (space > from) to = space;
        }
        var html = new StringBuilder();
        if (from > 0) html.Append('…');
        var at = from;
        foreach (var hit in hits.Where(h => h.Start >= from && h.Start + h.Length <= to))
        {
            html.Append(WebUtility.HtmlEncode(text[at..hit.Start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(hit.Start, hit.Length))).Append("</mark>");
            at = hit.Start + hit.Length;
        }
        html.Append(WebUtility.HtmlEncode(text[at..to]));
        if (to < text.Length) html.Append('…');
        return new RenderedHtml(html.ToString());
    }
}
