using CareerGuide.Content.Model;

namespace CareerGuide.Content.Search;

/// <summary>One search result: the page part that matched best, with a highlighted snippet.</summary>
/// <param name="Kind"><c>career</c> or <c>article</c>.</param>
/// <param name="Title">The guide's or article's title.</param>
/// <param name="SectionTitle">The matching section's title, or null when the match is the whole guide or an article.</param>
/// <param name="Url">Where the match is: a section's own URL, a guide, or an article.</param>
/// <param name="Snippet">Text around the match, HTML-encoded, matching words in <c>mark</c>.</param>
/// <param name="Score">Relevance; higher is better.</param>
public sealed record SearchResult(string Kind, string Title, string? SectionTitle, string Url, RenderedHtml Snippet, double Score);

/// <summary>The answer to a query.</summary>
/// <param name="Results">The best results, best first.</param>
/// <param name="Total">How many documents matched in all.</param>
/// <param name="MatchedAllWords">False when no document had every word, and these results have some of them.</param>
/// <param name="Terms">The searchable words of the query.</param>
public sealed record SearchResults(IReadOnlyList<SearchResult> Results, int Total, bool MatchedAllWords, IReadOnlyList<string> Terms)
{
    /// <summary>No results.</summary>
    public static SearchResults None { get; } = new([], 0, true, []);
}
