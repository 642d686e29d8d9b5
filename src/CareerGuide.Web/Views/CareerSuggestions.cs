using CareerGuide.Content.Model;

namespace CareerGuide.Web.Views;

/// <summary>A career offered while a name is being typed: its slug and its title.</summary>
/// <param name="Slug">The guide's slug.</param>
/// <param name="Title">The guide's title, which the compare form puts in the field.</param>
public sealed record CareerSuggestion(string Slug, string Title);

/// <summary>
/// Careers for what has been typed so far, from the site's search index (so alternate titles such as "RN" and
/// word beginnings such as "electr" count): careers whose title starts with the text first, then the rest in the
/// index's order.
/// </summary>
public static class CareerSuggestions
{
    /// <summary>At most this many careers are suggested.</summary>
    public const int Max = 8;

    /// <summary>Longer input is cut to this many characters: a name is never longer.</summary>
    public const int MaxQueryLength = 100;

    /// <summary>The careers to suggest, best first; empty for blank input or no match. Never throws.</summary>
    public static IReadOnlyList<CareerSuggestion> For(ContentCatalog catalog, string? typed)
    {
        var text = (typed ?? string.Empty).Trim();
        if (text.Length > MaxQueryLength) text = text[..MaxQueryLength];
        if (text.Length == 0) return [];

        var found = new List<Content.Model.CareerGuide>();
        foreach (var result in catalog.Search.Search(text, 5 * Max).Results)
        {
            if (result.Kind != "career" || GuideOf(result.Url) is not { } slug || catalog.FindGuide(slug) is not { } guide) continue;
            if (!found.Contains(guide)) found.Add(guide);
        }
        return [.. found
            .OrderBy(g => g.Title.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 0 : 1) // stable: the index's order within each
            .Take(Max)
            .Select(g => new CareerSuggestion(g.Slug, g.Title))];
    }

    // "/careers/{slug}" or "/careers/{slug}/{section}" -> slug.
    private static string? GuideOf(string url)
    {
        const string Prefix = Links.Careers + "/";
        if (!url.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = url.AsSpan(Prefix.Length);
        var end = rest.IndexOfAny('/', '#');
        return (end < 0 ? rest : rest[..end]).ToString();
    }
}
