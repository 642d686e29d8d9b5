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
    private readonly List<long> employment = [];
    private readonly List<bool> catchAll = [];
    private int documentCount;
    private readonly FrozenDictionary<string, Posting[]> postings;
    private readonly FrozenDictionary<string, double> inverseFrequency;
    private readonly FrozenDictionary<string, string[]> deletions;
    // Words by a crude stem, so "therapy" finds "therapist" and "work" finds "worker".
    private readonly FrozenDictionary<string, string[]> stems;
    private readonly string[] vocabulary;
    // A guide's title and every job title it lists or searches by, as normalized words: "rn", "registered nurse".
    private readonly FrozenDictionary<string, int[]> exactTitles;

    // Source is the guide section a unit indexes (for a guide's own unit, its snapshot), when there is one: a
    // later index over a catalog that still has the same section object takes the unit's words from this index
    // instead of reading the text again.
    private sealed record Unit(int Document, string Kind, string Title, string? SectionTitle, string Url, string Text, object? Source = null);

    private readonly record struct Posting(int Unit, double Weight);

    private static double Weight(SearchField field) => field switch
    {
        SearchField.JobTitle or SearchField.Program => JobTitleWeight,
        SearchField.Industry => IndustryWeight,
        // Below the Skills section's weight, so a skill search lands on the section that rates it.
        SearchField.TopSkill => SkillWeight - 1,
        _ => SkillWeight,
    };

    private SearchIndex(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles, SearchIndex? previous)
    {
        var known = previous is null ? null : new KnownUnits(previous);
        // The postings of the units read now; those of the units known from the previous index are carried over below.
        var builder = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        void Flush(int unit)
        {
            foreach (var (term, weight) in words)
            {
                if (!builder.TryGetValue(term, out var list)) builder[term] = list = [];
                list.Add(new Posting(unit, weight));
            }
            words.Clear();
        }

        var titles = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var guide in guides)
        {
            var doc = AddDocument();
            employment.Add(guide.Section<MarketSection>()?.Employment ?? 0);
            // "Physician, All Other": a group of jobs with no category of their own, not the job a word names.
            catchAll.Add(guide.Title.EndsWith(", All Other", StringComparison.OrdinalIgnoreCase));
            var snapshot = guide.Section<SnapshotSection>();
            foreach (var name in (snapshot?.Titles ?? []).Concat(snapshot?.SearchTitles ?? []).Append(guide.Title))
            {
                var key = string.Join(' ', Tokens.Terms(name));
                if (key.Length == 0) continue;
                if (!titles.TryGetValue(key, out var docs)) titles[key] = docs = [];
                if (docs.Count == 0 || docs[^1] != doc) docs.Add(doc);
            }
            var url = Links.Guide(guide.Slug);
            // The guide's own unit (title and summary) is known by its snapshot section and title.
            var whole = AddUnit(new Unit(doc, "career", guide.Title, null, url, guide.Summary, snapshot));
            if (snapshot is null || known?.TakeWhole(snapshot, guide.Title, whole) != true)
            {
                Index(words, guide.Title, TitleWeight);
                Index(words, guide.Summary, SummaryWeight);
                Flush(whole);
            }
            foreach (var section in guide.Sections)
            {
                if (known?.Section(section) is ({ } same, var number))
                {
                    // The same section object: the same guide file, so the same text and address.
                    known.Take(number, AddUnit(same with { Document = doc, Title = guide.Title }));
                    continue;
                }
                var rules = section.Info.Rules;
                var unit = AddUnit(new Unit(doc, "career", guide.Title, section.Info.Title, Links.Section(guide.Slug, section.Info.Slug), rules.SearchText(section), section));
                foreach (var (text, field) in rules.WeightedText(section)) Index(words, text, Weight(field), field == SearchField.JobTitle);
                Index(words, units[unit].Text, ProseWeight);
                Flush(unit);
            }
        }
        foreach (var article in articles)
        {
            var doc = AddDocument();
            employment.Add(0);
            catchAll.Add(false);
            var body = HtmlText.Plain(article.Body);
            var unit = AddUnit(new Unit(doc, "article", article.Title, null, Links.Article(article.Slug), article.Description + " " + body));
            Index(words, article.Title, TitleWeight - 2);
            Index(words, article.Description, SummaryWeight + 1);
            Index(words, body, ProseWeight);
            Flush(unit);
        }
        UnitsReused = known?.Taken ?? 0;
        var merged = known?.Merge(builder) ?? builder.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        exactTitles = titles.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        postings = merged.ToFrozenDictionary(StringComparer.Ordinal);
        // Rarer words weigh more: log(1 + documents / documents containing the word), once per word. A word's
        // postings are in unit order, and a document's units are consecutive, so its documents are counted in one pass.
        inverseFrequency = postings.ToFrozenDictionary(kv => kv.Key, kv => Math.Log(1 + (double)documentCount / Documents(kv.Value)), StringComparer.Ordinal);
        vocabulary = [.. merged.Keys.Order(StringComparer.Ordinal)];
        if (previous is not null && previous.vocabulary.AsSpan().SequenceEqual(vocabulary))
        {
            // The same words as before (an edit that adds no new word): the typo and stem maps are the same too.
            deletions = previous.deletions;
            stems = previous.stems;
            return;
        }
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

    /// <summary>How many units took their words from the previous index (for tests).</summary>
    internal int UnitsReused { get; private set; }

    /// <summary>
    /// The first difference between this index and <paramref name="other"/> in units (number, document, title,
    /// address, text) or postings (each word's units and weights, in order), or null when they are the same (for tests).
    /// </summary>
    internal string? FirstDifference(SearchIndex other)
    {
        if (documentCount != other.documentCount) return $"documents: {documentCount} against {other.documentCount}";
        if (units.Count != other.units.Count) return $"units: {units.Count} against {other.units.Count}";
        for (var u = 0; u < units.Count; u++)
        {
            var (a, b) = (units[u], other.units[u]);
            if ((a.Document, a.Kind, a.Title, a.SectionTitle, a.Url, a.Text) != (b.Document, b.Kind, b.Title, b.SectionTitle, b.Url, b.Text)) return $"unit {u}: {a.Url} against {b.Url}";
        }
        if (postings.Count != other.postings.Count) return $"words: {postings.Count} against {other.postings.Count}";
        foreach (var (term, list) in postings)
        {
            if (!other.postings.TryGetValue(term, out var theirs)) return $"'{term}' missing";
            if (!list.AsSpan().SequenceEqual(theirs)) return $"'{term}': units {string.Join(' ', list.Select(p => p.Unit))} against {string.Join(' ', theirs.Select(p => p.Unit))}";
            if (inverseFrequency[term] != other.inverseFrequency[term]) return $"'{term}': weight {inverseFrequency[term]} against {other.inverseFrequency[term]}";
        }
        if (!vocabulary.AsSpan().SequenceEqual(other.vocabulary)) return "vocabulary";
        if (exactTitles.Count != other.exactTitles.Count || exactTitles.Any(kv => !other.exactTitles.TryGetValue(kv.Key, out var docs) || !docs.AsSpan().SequenceEqual(kv.Value))) return "exact titles";
        if (deletions.Count != other.deletions.Count || stems.Count != other.stems.Count) return "typo or stem maps";
        return null;
    }

    /// <summary>How many units (a guide's summary, each of its sections, each article) the index has (for tests).</summary>
    internal int UnitCount => units.Count;

    private int Documents(Posting[] list)
    {
        var (count, last) = (0, -1);
        foreach (var posting in list)
        {
            var doc = units[posting.Unit].Document;
            if (doc != last) (count, last) = (count + 1, doc);
        }
        return count;
    }

    // The previous index's units by the section object (or, for a guide's own unit, the snapshot) they index. A
    // unit taken over keeps its words: its postings are copied from the previous index with the unit's new number,
    // in one pass over the previous postings, without reading any text again.
    private sealed class KnownUnits
    {
        private readonly Dictionary<object, int> unitOf = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<object, int> wholeOf = new(ReferenceEqualityComparer.Instance);
        private readonly SearchIndex previous;
        // The new number of each previous unit taken over, or -1.
        private readonly int[] renumbered;

        public KnownUnits(SearchIndex previous)
        {
            this.previous = previous;
            renumbered = new int[previous.units.Count];
            Array.Fill(renumbered, -1);
            for (var u = 0; u < previous.units.Count; u++)
            {
                if (previous.units[u] is { Source: { } source } unit) (unit.SectionTitle is null ? wholeOf : unitOf).TryAdd(source, u);
            }
        }

        public int Taken { get; private set; }

        // The previous unit of a section not taken over yet, and its number; -1 when there is none.
        public (Unit? Unit, int Number) Section(object section) =>
            unitOf.TryGetValue(section, out var u) && renumbered[u] < 0 ? (previous.units[u], u) : (null, -1);

        public void Take(int number, int now)
        {
            renumbered[number] = now;
            Taken++;
        }

        public bool TakeWhole(object snapshot, string title, int now)
        {
            if (!wholeOf.TryGetValue(snapshot, out var u) || renumbered[u] >= 0 || previous.units[u].Title != title) return false;
            renumbered[u] = now;
            Taken++;
            return true;
        }

        // Every word's postings: the previous ones of the units taken over, renumbered, with those of the units read now.
        public Dictionary<string, Posting[]> Merge(Dictionary<string, List<Posting>> read)
        {
            var merged = new Dictionary<string, Posting[]>(previous.postings.Count + read.Count, StringComparer.Ordinal);
            var inOrder = new List<Posting>();
            var extra = new List<Posting>();
            foreach (var (term, list) in previous.postings)
            {
                inOrder.Clear();
                extra.Clear();
                foreach (var posting in list)
                {
                    var now = renumbered[posting.Unit];
                    if (now >= 0) inOrder.Add(posting with { Unit = now });
                }
                if (read.Remove(term, out var fresh)) extra.AddRange(fresh);
                if (inOrder.Count + extra.Count == 0) continue;
                merged[term] = MergeByUnit(inOrder, extra);
            }
            foreach (var (term, fresh) in read) merged[term] = [.. fresh];
            return merged;
        }

        // Two lists of postings as one array in unit order. The first is in order as long as the guides taken over
        // kept their order (a guide can move only when its title changes, which re-parses its file); the second,
        // a few postings, is sorted first. The result is checked, and sorted when a guide did move: a query ranks
        // equal results by the order units are met.
        private static Posting[] MergeByUnit(List<Posting> inOrder, List<Posting> extra)
        {
            extra.Sort(ByUnit);
            var result = new Posting[inOrder.Count + extra.Count];
            var (i, j) = (0, 0);
            for (var k = 0; k < result.Length; k++)
            {
                result[k] = j >= extra.Count || (i < inOrder.Count && inOrder[i].Unit < extra[j].Unit) ? inOrder[i++] : extra[j++];
            }
            for (var k = 1; k < result.Length; k++)
            {
                if (result[k].Unit <= result[k - 1].Unit)
                {
                    Array.Sort(result, ByUnit);
                    break;
                }
            }
            return result;
        }

        private static int ByUnit(Posting a, Posting b) => a.Unit.CompareTo(b.Unit);
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
    public static SearchIndex Build(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles) => new(guides, articles, null);

    /// <summary>
    /// Builds the index for a set of guides and articles, taking the words of every guide section that is the same
    /// object as one <paramref name="previous"/> indexed from it instead of reading the section again: after an edit
    /// only the changed sections are read. The index is the same as one built without it.
    /// </summary>
    public static SearchIndex Build(IReadOnlyList<Model.CareerGuide> guides, IReadOnlyList<Article> articles, SearchIndex? previous) =>
        new(guides, articles, previous);

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
    // query ranks first ("RN", "lawyer"); then documents rank by words matched, named jobs before catch-alls
    // ("…, All Other"), score, employment (most first), title,
    // then the order they were met, so equal results always come out in the same order.
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
        if (c == 0) c = catchAll[units[a.Unit].Document].CompareTo(catchAll[units[b.Unit].Document]);
        if (c == 0) c = b.Score.CompareTo(a.Score);
        // Equal matches: the work more people do first, the one a student more likely means.
        if (c == 0) c = employment[units[b.Unit].Document].CompareTo(employment[units[a.Unit].Document]);
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
    // A word met more than once in a unit keeps its highest weight.
    private static void Index(Dictionary<string, double> words, string text, double weight, bool byFrequency = false)
    {
        var terms = Tokens.Terms(text);
        var counts = byFrequency
            ? Tokens.All(text).Where(t => Tokens.IsSearchable(t.Term)).GroupBy(t => t.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)
            : null;
        foreach (var term in terms)
        {
            var boosted = counts is null ? weight : weight * (1 + 0.25 * Math.Log(counts[term]));
            words[term] = Math.Max(words.GetValueOrDefault(term), boosted);
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
