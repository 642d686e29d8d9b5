namespace CareerGuide.Content.Parsing;

/// <summary>What checks of a file need beyond its text: today's date, and which files the site itself serves.</summary>
/// <param name="Today">Today's date, against which last-verified dates are checked.</param>
public sealed record ParseContext(DateOnly Today)
{
    /// <summary>
    /// Whether the site serves a file at a site-relative path (an audio guide, say). Asked while loading, so
    /// pages never touch the disk; by default nothing is assumed to exist.
    /// </summary>
    public Func<string, bool> SiteFileExists { get; init; } = _ => false;
}
