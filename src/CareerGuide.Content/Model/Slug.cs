using System.Text.RegularExpressions;

namespace CareerGuide.Content.Model;

/// <summary>The one rule for slugs: lower-case ASCII letters and digits in words joined by single hyphens.</summary>
public static partial class Slug
{
    /// <summary>The longest slug accepted; longer ones cannot name anything.</summary>
    public const int MaxLength = 100;

    /// <summary>True when the text is a well-formed slug.</summary>
    public static bool IsValid(string? text) => text is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(text);

    /// <summary>
    /// Turns a name into a slug: "Data Scientist" → "data-scientist", "Pâtissière" → "patissiere", and an
    /// apostrophe joins its word ("Sheriff's" → "sheriffs", not "sheriff-s").
    /// </summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var joined = name.Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal);
        var lower = NonAlphanumeric().Replace(Search.Tokens.Normalize(joined), "-").Trim('-');
        return lower.Length > MaxLength ? lower[..MaxLength].TrimEnd('-') : lower;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
