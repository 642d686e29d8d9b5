using CareerGuide.Content.Model;

namespace CareerGuide.Content.Parsing;

/// <summary>What parsing one file gave: the value when it has no errors, and every problem found.</summary>
/// <typeparam name="T">A guide or an article.</typeparam>
/// <param name="Value">The parsed value, or null when the file has errors.</param>
/// <param name="Problems">Errors and warnings, in file order.</param>
public sealed record ParseResult<T>(T? Value, IReadOnlyList<ContentProblem> Problems) where T : class
{
    /// <summary>Links to other pages of the site, for the loader to check once every file is read.</summary>
    public IReadOnlyList<SiteLink> Links { get; init; } = [];

    /// <summary>Old slugs this file answers to (a guide's <c>aliases</c>), with their positions.</summary>
    public IReadOnlyList<SiteLink> Aliases { get; init; } = [];

    /// <summary>The file's title and where it is written, for the check that no two careers share one.</summary>
    public SiteLink? Title { get; init; }

    /// <summary>True when the file has no errors.</summary>
    public bool Succeeded => Value is not null;
}
