using System.Text.RegularExpressions;

namespace CareerGuide.Import.Writing;

/// <summary>
/// Titles the way students search: "Registered Nurses" becomes "Registered Nurse". Only simple titles are
/// changed (each part joined by "and" ends in a plural noun); a title with a comma ("Cooks, Restaurant",
/// "Physicians, All Other") keeps the publisher's plural, because guessing its singular risks nonsense.
/// </summary>
internal static partial class Titles
{
    public static string Singular(string title)
    {
        if (title.Contains(',', StringComparison.Ordinal) || !title.EndsWith('s')) return title;
        var parts = title.Split(" and ");
        return string.Join(" and ", parts.Select(SingularPart));
    }

    // Only the last word of a part is a head noun; words that do not end in s are left alone ("Heavy").
    private static string SingularPart(string part)
    {
        var space = part.LastIndexOf(' ');
        var word = part[(space + 1)..];
        return part[..(space + 1)] + SingularWord(word);
    }

    private static string SingularWord(string word)
    {
        if (word.Length < 4 || !char.IsLetter(word[^1])) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (SibilantEs().IsMatch(word)) return word[..^2];
        if (word.EndsWith("men", StringComparison.Ordinal)) return word[..^3] + "man";
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
            return word;
        return word.EndsWith('s') ? word[..^1] : word;
    }

    // Coaches, Dishwashers' "shes", Boxes, Waitresses: the plural added "es".
    [GeneratedRegex("(ches|shes|xes|sses|zes)$")]
    private static partial Regex SibilantEs();

    /// <summary>The title inside a sentence: "Registered nurses" → "registered nurses"; "IT managers" keeps its capitals.</summary>
    public static string InSentence(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
}
