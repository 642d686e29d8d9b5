using System.Buffers;
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
    private const double StemQuality = 0.9, PrefixQuality = 0.8, TypoQuality = 0.6;
    private const int MaxQueryTerms = 8;

    private readonly List<Unit> units = [];
    private int documentCount;
    private readonly FrozenDictionary<string, Posting[]> postings;
    private readonly FrozenDictionary<string, double> inverseFrequency;
    private readonly FrozenDictionary<string, string[]> deletions;
    // Words by a crude stem, so "therapy" finds "therapist" and "work" finds "worker".
    private readonly FrozenDictionary<string, string[]> stems;
    private readonly string[] vocabulary;
    // A guide's title and every job title it lists or searches by, as normalized words: "rn", "registered nurse".
    private readonly FrozenDictionary<string, int[]> exactTitles;

    private sealed record Unit(int Document, string Kind, string Title, string? SectionTitle, string Url, string Text);

    private readonly record struct Posting(int Unit, double Weight);

    private static double Weight(SearchField field) => field switch
    {
        SearchField.JobTitle => JobTitleWeight,
        SearchField.Industry => IndustryWeight,
        // Below the Skills section's weight, so a skill search lands on the section that rates it.
        SearchField.TopSkill => SkillWeight - 1,
        _ => SkillWeight,
    };

    private SearchIndex(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles)
    {
        var builder = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        var titles = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var guide in guides)
        {
            var doc = AddDocument();
            var snapshot = guide.Section<SnapshotSection>();
            foreach (var name in (snapshot?.Titles ?? []).Concat(snapshot?.SearchTitles ?? []).Append(guide.Title))
            {
                var key = string.Join(' ', Tokens.Terms(name));
                if (key.Length == 0) continue;
                if (!titles.TryGetValue(key, out var docs)) titles[key] = docs = [];
                if (docs.Count == 0 || docs[^1] != doc) docs.Add(doc);
            }
            var url = Links.Guide(guide.Slug);
            var whole = AddUnit(new Unit(doc, "career", guide.Title, null, url, guide.Summary));
            Index(builder, whole, guide.Title, TitleWeight);
            Index(builder, whole, guide.Summary, SummaryWeight);
            foreach (var section in guide.Sections)
            {
                var rules = section.Info.Rules;
                var unit = AddUnit(new Unit(doc, "career", guide.Title, section.Info.Title, Links.Section(guide.Slug, section.Info.Slug), rules.SearchText(section)));
                foreach (var (text, field) in rules.WeightedText(section)) Index(builder, unit, text, Weight(field), field == SearchField.JobTitle);
                Index(builder, unit, units[unit].Text, ProseWeight);
            }
        }
        foreach (var article in articles)
        {
            var doc = AddDocument();
            var body = HtmlText.Plain(article.Body);
            var unit = AddUnit(new Unit(doc, "article", article.Title, null, Links.Article(article.Slug), article.Description + " " + body));
            Index(builder, unit, article.Title, TitleWeight - 2);
            Index(builder, unit, article.Description, SummaryWeight + 1);
            Index(builder, unit, body, ProseWeight);
        }

        exactTitles = titles.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        postings = builder.ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value.Select(p => new Posting(p.Key, p.Value)).ToArray(), StringComparer.Ordinal);
        // Rarer words weigh more: log(1 + documents / documents containing the word), once per word.
        inverseFrequency = postings.ToFrozenDictionary(
            kv => kv.Key, kv => Math.Log(1 + (double)documentCount / kv.Value.Select(p => units[p.Unit].Document).Distinct().Count()),
            StringComparer.Ordinal);
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
        stems = vocabulary.GroupBy(Stem, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private static readonly string[] Suffixes = ["ists", "ist", "ians", "ian", "ers", "er", "ies", "ing", "y", "es", "s", "e"];

    // The word less one common English ending, keeping at least four letters.
    private static string Stem(string term)
    {
        foreach (var suffix in Suffixes)
        {
            if (term.Length - suffix.Length >= 4 && term.EndsWith(suffix, StringComparison.Ordinal)) return term[..^suffix.Length];
        }
        return term;
    }


    /// <summary>Builds the index for a set of guides and articles.</summary>
    public static SearchIndex Build(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles) => new(guides, articles);

    /// <summary>Runs a query; never throws, whatever the input.</summary>
    public SearchResults Search(string? query, int max = 20)
    {
        var terms = Tokens.Terms(query ?? string.Empty).Take(MaxQueryTerms).ToList();
        if (terms.Count == 0 || units.Count == 0) return SearchResults.None with { Terms = terms };

        // For each query word: every indexed word it matches, with how well.
        var expansions = terms.Select(Expand).ToList();
        var width = terms.Count;

        // Each unit that matches gets a slot, in the order units are first met: slotOf maps unit -> slot + 1,
        // and the slot's row in scores holds its best score per query word. Pooled arrays, no hashing.
        var slotOf = ArrayPool<int>.Shared.Rent(units.Count);
        Array.Clear(slotOf, 0, units.Count);
        var slotUnits = new List<int>();
        var scores = ArrayPool<double>.Shared.Rent(64 * width);
        try
        {
            for (var t = 0; t < width; t++)
            {
                // One weight per query word, the rarest of its forms': what the student typed decides how much
                // the word counts, not which common form ("worker") of it a guide happens to use.
                var idf = expansions[t].Count == 0 ? 0 : expansions[t].Max(e => inverseFrequency[e.Term]);
                foreach (var (term, quality) in expansions[t])
                {
                    foreach (var posting in postings[term])
                    {
                        var slot = slotOf[posting.Unit] - 1;
                        if (slot < 0)
                        {
                            slot = slotUnits.Count;
                            slotUnits.Add(posting.Unit);
                            slotOf[posting.Unit] = slot + 1;
                            if ((slot + 1) * width > scores.Length) scores = Grow(scores, slot * width);
                            Array.Clear(scores, slot * width, width);
                        }
                        ref var score = ref scores[slot * width + t];
                        score = Math.Max(score, posting.Weight * quality * idf);
                    }
                }
            }
            // The exact-title tier is for a whole job title or an abbreviation ("RN"), not a single ordinary word,
            // which is some guide's odd alternate title more often than it is the job ("Police" for a secretary).
            var exact = terms.Count > 1 || IsAbbreviation(query ?? string.Empty) ? exactTitles.GetValueOrDefault(string.Join(' ', terms)) ?? [] : [];
            return Rank(terms, expansions, slotUnits, scores, max, exact);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slotOf);
            ArrayPool<double>.Shared.Return(scores);
        }
    }

    // A document's score per word is its best unit's; its link and snippet come from its best unit overall
    // (most words, then highest total, then the unit met first). A guide one of whose titles is exactly the
    // query ranks first ("RN", "lawyer"); then documents rank by words matched, score, title, then the order
    // they were met, so equal results always come out in the same order.
    private SearchResults Rank(List<string> terms, List<List<(string Term, double Quality)>> expansions, List<int> slotUnits, double[] scores, int max, int[] exact)
    {
        var width = terms.Count;
        var matching = Math.Min(slotUnits.Count, documentCount);
        var perWord = new double[matching * width];
        var best = new (int Unit, int Words, double Sum)[matching];
        var indexOf = ArrayPool<int>.Shared.Rent(documentCount);
        Array.Clear(indexOf, 0, documentCount);
        var count = 0;
        try
        {
            // Slots in the order they were met: a later unit replaces the best only when strictly better.
            for (var slot = 0; slot < slotUnits.Count; slot++)
            {
                var unit = slotUnits[slot];
                var row = scores.AsSpan(slot * width, width);
                var (words, sum) = Tally(row);
                ref var index = ref indexOf[units[unit].Document];
                if (index == 0)
                {
                    index = ++count;
                    best[index - 1] = (unit, words, sum);
                    row.CopyTo(perWord.AsSpan((index - 1) * width, width));
                    continue;
                }
                var i = index - 1;
                var documentRow = perWord.AsSpan(i * width, width);
                for (var t = 0; t < width; t++) documentRow[t] = Math.Max(documentRow[t], row[t]);
                if (words > best[i].Words || (words == best[i].Words && sum > best[i].Sum)) best[i] = (unit, words, sum);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indexOf);
        }

        var found = new List<DocumentMatch>(count);
        for (var i = 0; i < count; i++)
        {
            var (words, total) = Tally(perWord.AsSpan(i * width, width));
            found.Add(new DocumentMatch(best[i].Unit, words, total, i, Array.IndexOf(exact, units[best[i].Unit].Document) >= 0));
        }
        var matchedAll = found.Exists(d => d.Words == width);
        var chosen = matchedAll ? found.FindAll(d => d.Words == width) : found;
        var top = Top(chosen, max);
        var matchedTerms = expansions.SelectMany(e => e.Select(x => x.Term)).ToHashSet(StringComparer.Ordinal);
        var results = top.ConvertAll(d =>
        {
            var unit = units[d.Unit];
            return new SearchResult(unit.Kind, unit.Title, unit.SectionTitle, unit.Url, Snippet(unit.Text, matchedTerms), Math.Round(d.Score, 3));
        });
        return new SearchResults(results, chosen.Count, matchedAll, terms);
    }

    // The best max matches, best first, without sorting all of them: a heap that keeps the max best so far.
    private List<DocumentMatch> Top(List<DocumentMatch> matches, int max)
    {
        if (max <= 0) return [];
        var worstFirst = Comparer<DocumentMatch>.Create((a, b) => Compare(b, a));
        var heap = new PriorityQueue<DocumentMatch, DocumentMatch>(worstFirst);
        foreach (var match in matches)
        {
            if (heap.Count < max) heap.Enqueue(match, match);
            else if (Compare(match, heap.Peek()) < 0) heap.EnqueueDequeue(match, match);
        }
        var top = new List<DocumentMatch>(heap.Count);
        while (heap.Count > 0) top.Add(heap.Dequeue());
        top.Reverse();
        return top;
    }

    // Negative when a ranks before b.
    private int Compare(DocumentMatch a, DocumentMatch b)
    {
        var c = b.Exact.CompareTo(a.Exact);
        if (c == 0) c = b.Words.CompareTo(a.Words);
        if (c == 0) c = b.Score.CompareTo(a.Score);
        if (c == 0) c = StringComparer.OrdinalIgnoreCase.Compare(units[a.Unit].Title, units[b.Unit].Title);
        return c != 0 ? c : a.FirstMet.CompareTo(b.FirstMet);
    }

    private readonly record struct DocumentMatch(int Unit, int Words, double Score, int FirstMet, bool Exact);

    // How many query words a row of scores matched, and their total.
    private static (int Words, double Sum) Tally(ReadOnlySpan<double> row)
    {
        var (words, sum) = (0, 0.0);
        foreach (var score in row)
        {
            if (score > 0) words++;
            sum += score;
        }
        return (words, sum);
    }

    private static double[] Grow(double[] scores, int used)
    {
        var bigger = ArrayPool<double>.Shared.Rent(scores.Length * 2);
        Array.Copy(scores, bigger, used);
        ArrayPool<double>.Shared.Return(scores);
        return bigger;
    }

    private int AddDocument() => documentCount++;

    private int AddUnit(Unit unit)
    {
        units.Add(unit);
        return units.Count - 1;
    }

    // With byFrequency, a word that many of a guide's job titles share weighs more, by the logarithm of how many
    // (one title: as is; thirty: 85% more): "police" in thirty titles of police officers, in one of a secretary's.
    private static void Index(Dictionary<string, Dictionary<int, double>> builder, int unit, string text, double weight, bool byFrequency = false)
    {
        var terms = Tokens.Terms(text);
        var counts = byFrequency
            ? Tokens.All(text).Where(t => Tokens.IsSearchable(t.Term)).GroupBy(t => t.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)
            : null;
        foreach (var term in terms)
        {
            if (!builder.TryGetValue(term, out var list)) builder[term] = list = [];
            var boosted = counts is null ? weight : weight * (1 + 0.25 * Math.Log(counts[term]));
            list[unit] = Math.Max(list.GetValueOrDefault(unit), boosted);
        }
    }

    private List<(string Term, double Quality)> Expand(string word)
    {
        var found = new Dictionary<string, double>(StringComparer.Ordinal);
        if (postings.ContainsKey(word)) found[word] = 1;
        foreach (var same in stems.GetValueOrDefault(Stem(word)) ?? []) found.TryAdd(same, StemQuality);
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

    private static bool IsAbbreviation(string query)
    {
        var trimmed = query.Trim();
        return trimmed.Length is >= 2 and <= 6 && trimmed.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
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
