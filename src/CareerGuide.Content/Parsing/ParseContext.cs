namespace CareerGuide.Content.Parsing;

/// <summary>What checks of a file need beyond its text: today's date, and which files the site itself serves.</summary>
/// <param name="Today">Today's date, against which last-verified dates are checked.</param>
/// <remarks>
/// A load makes one for each file it parses, so <see cref="MetLaterDate"/> tells whether that file's result depends
/// on the day: when no date it checked was after today, it stays the same on every later day.
/// </remarks>
public sealed record ParseContext(DateOnly Today)
{
    private volatile bool metLaterDate;

    /// <summary>
    /// Whether the site serves a file at a site-relative path (an audio guide, say). Asked while loading, so
    /// pages never touch the disk; by default nothing is assumed to exist.
    /// </summary>
    public Func<string, bool> SiteFileExists { get; init; } = _ => false;

    /// <summary>True once <see cref="IsAfterToday"/> has found a date after today: the result holds for this day only.</summary>
    public bool MetLaterDate => metLaterDate;

    /// <summary>Whether <paramref name="date"/> is after <see cref="Today"/>; every check against today goes through here.</summary>
    public bool IsAfterToday(DateOnly date)
    {
        if (date <= Today) return false;
        metLaterDate = true;
        return true;
    }
}
