using CareerGuide.Content.Model;

namespace CareerGuide.Content.Loading;

/// <summary>How to load a content folder.</summary>
/// <param name="Today">Today's date, for last-verified checks.</param>
/// <param name="IncludeDrafts">True to serve drafts (the Development environment).</param>
/// <param name="Previous">The catalog being replaced: a file that now has errors keeps its last good version from it.</param>
public sealed record ContentLoadOptions(DateOnly Today, bool IncludeDrafts = false, ContentCatalog? Previous = null)
{
    /// <summary>Whether the site serves a file at a site-relative path (see <see cref="Parsing.ParseContext.SiteFileExists"/>).</summary>
    public Func<string, bool> SiteFileExists { get; init; } = _ => false;

    /// <summary>The files the previous load of this folder parsed: unchanged ones are not read again. Null: parse every file.</summary>
    public ParsedFiles? Parsed { get; init; }
}
