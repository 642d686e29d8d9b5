using System.Text.RegularExpressions;

namespace CareerGuide.Import.Writing;

/// <summary>
/// Titles the way students search: "Registered Nurses" becomes "Registered Nurse", "Cooks, Restaurant" becomes
/// "Cook, Restaurant" (the part before a qualifying comma is the job). A list of jobs ("Airline Pilots,
/// Copilots, and Flight Engineers") keeps the publisher's plural: some of its items are not nouns to
/// singularize ("Securities, Commodities, and ..."), and guessing risks nonsense.
/// </summary>
internal static partial class Titles
{
    public static string Singular(string title)
    {
        // A list of jobs ends in a plural: "Tank Car, Truck, and Ship Loaders". A qualifier list does not:
        // "Dispatchers, Except Police, Fire, and Ambulance".
        if ((title.Contains(", and ", StringComparison.Ordinal) || title.Contains(", or ", StringComparison.Ordinal)) && title.EndsWith('s')) return title;
        var comma = title.IndexOf(',', StringComparison.Ordinal);
        var head = comma < 0 ? title : title[..comma];
        // In "Supervisors of Police and Detectives" the job is the part before "of".
        var of = head.IndexOf(" of ", StringComparison.Ordinal);
        var noun = of < 0 ? head : head[..of];
        if (!noun.EndsWith('s')) return title;
        return string.Join(" and ", noun.Split(" and ").Select(SingularPart)) + title[noun.Length..];
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
        if (word.EndsWith("wives", StringComparison.Ordinal)) return word[..^3] + "fe";
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
