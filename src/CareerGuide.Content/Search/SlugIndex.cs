using CareerGuide.Content.Model;
using CareerGuide.Content.Parsing;

namespace CareerGuide.Content.Search;

/// <summary>What a lookup found, and how much it looked at.</summary>
/// <param name="Slug">The closest slug, or null when nothing is close.</param>
/// <param name="Compared">How many slugs were compared in full (edit distance).</param>
/// <param name="PostingsRead">How many index entries were read to choose them.</param>
public readonly record struct SlugMatch(string? Slug, int Compared, int PostingsRead);

/// <summary>
/// The slug nearest to a mistyped, truncated or padded one ("registerd-nurse", "electric"), from a trigram index
/// built once per catalog. A lookup reads at most <see cref="MaxPostings"/> entries of each of the text's
/// <see cref="MaxTrigrams"/> rarest trigrams and compares at most <see cref="MaxCandidates"/> slugs in full, so a
/// bot's random URL costs the same with 800 guides or 10,000; text that cannot be a slug costs nothing.
/// </summary>
public sealed class SlugIndex
{
    /// <summary>At most this many slugs, those sharing the most trigrams with the text, are compared in full.</summary>
    public const int MaxCandidates = 16;

    /// <summary>At most this many of the text's trigrams are looked up, the rarest first.</summary>
    public const int MaxTrigrams = 12;

    /// <summary>At most this many entries of one trigram's list are read.</summary>
    public const int MaxPostings = 200;

    private readonly string[] slugs;
    private readonly Dictionary<int, int[]> postings;

    /// <summary>Indexes the slugs (each once).</summary>
    public SlugIndex(IEnumerable<string> slugs)
    {
        this.slugs = [.. slugs.Distinct(StringComparer.Ordinal)];
        var lists = new Dictionary<int, List<int>>();
        for (var i = 0; i < this.slugs.Length; i++)
        {
            foreach (var trigram in Trigrams(this.slugs[i]).Distinct())
            {
                if (!lists.TryGetValue(trigram, out var list)) lists[trigram] = list = [];
                list.Add(i);
            }
        }
        postings = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>How many slugs are indexed.</summary>
    public int Count => slugs.Length;

    /// <summary>The closest slug to the text, or null. Never throws.</summary>
    public string? Closest(string text) => Find(text).Slug;

    /// <summary>The closest slug to the text, with what the lookup cost.</summary>
    public SlugMatch Find(string text)
    {
        var lower = (text ?? string.Empty).ToLowerInvariant();
        // What cannot be a slug is not looked up: no bot's long or odd path costs more than this check.
        if (!Slug.IsValid(lower) || slugs.Length == 0) return new(null, 0, 0);

        var scores = new Dictionary<int, int>();
        var read = 0;
        var lists = Trigrams(lower).Distinct()
            .Select(t => postings.GetValueOrDefault(t))
            .OfType<int[]>()
            .OrderBy(list => list.Length)
            .Take(MaxTrigrams);
        foreach (var list in lists)
        {
            var n = Math.Min(list.Length, MaxPostings);
            for (var k = 0; k < n; k++) scores[list[k]] = scores.GetValueOrDefault(list[k]) + 1;
            read += n;
        }
        var candidates = scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => Math.Abs(slugs[s.Key].Length - lower.Length))
            .ThenBy(s => s.Key)
            .Take(MaxCandidates)
            .Select(s => slugs[s.Key])
            .ToList();
        return new(Nearest(lower, candidates), candidates.Count, read);
    }

    /// <summary>
    /// The nearest of a few candidates: a near spelling, else one that contains the text or is contained in it,
    /// else one within a looser edit distance.
    /// </summary>
    public static string? Nearest(string text, IReadOnlyList<string> candidates)
    {
        if (text.Length == 0 || candidates.Count == 0) return null;
        var lower = text.ToLowerInvariant();
        return DidYouMean.Closest(lower, candidates)
            ?? candidates.Where(c => c.Contains(lower, StringComparison.Ordinal) || lower.Contains(c, StringComparison.Ordinal))
                   .OrderBy(c => Math.Abs(c.Length - lower.Length)).FirstOrDefault()
            ?? candidates.Select(c => (c, d: DidYouMean.Distance(lower, c))).Where(x => x.d <= Math.Max(3, lower.Length / 2))
                   .OrderBy(x => x.d).Select(x => x.c).FirstOrDefault();
    }

    // "^ab", "abc", ..., "yz$": a slug's characters are ASCII, so three fit in one int.
    private static IEnumerable<int> Trigrams(string slug)
    {
        var padded = "^" + slug + "$";
        for (var i = 0; i + 3 <= padded.Length; i++) yield return (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2];
    }
}
