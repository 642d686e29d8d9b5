using CareerGuide.Content.Parsing;

namespace CareerGuide.Web.Views;

/// <summary>Finds what a mistyped or truncated slug most likely meant.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate: a near spelling, or one that contains the text or is contained in it.</summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        if (text.Length == 0 || list.Count == 0) return null;
        var lower = text.ToLowerInvariant();
        return DidYouMean.Closest(lower, list)
            ?? list.Where(c => c.Contains(lower, StringComparison.Ordinal) || lower.Contains(c, StringComparison.Ordinal))
                   .OrderBy(c => Math.Abs(c.Length - lower.Length)).FirstOrDefault()
            ?? list.Select(c => (c, d: DidYouMean.Distance(lower, c))).Where(x => x.d <= Math.Max(3, lower.Length / 2))
                   .OrderBy(x => x.d).Select(x => x.c).FirstOrDefault();
    }
}
