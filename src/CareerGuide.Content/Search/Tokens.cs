using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerGuide.Content.Search;

/// <summary>Splits text into normalized words (lower case, accents removed), keeping where each word is.</summary>
public static partial class Tokens
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "how", "i", "in", "is", "it", "of",
        "on", "or", "that", "the", "this", "to", "what", "with", "you", "your",
    };

    /// <summary>A word and its place in the original text.</summary>
    /// <param name="Term">The normalized word.</param>
    /// <param name="Start">Index of its first character in the text.</param>
    /// <param name="Length">Its length in the text.</param>
    public readonly record struct Token(string Term, int Start, int Length);

    /// <summary>Every word of the text, stop words included (snippets need their positions).</summary>
    public static IReadOnlyList<Token> All(string text)
    {
        var tokens = new List<Token>();
        foreach (var match in Word().EnumerateMatches(text))
            tokens.Add(new Token(Normalize(text.AsSpan(match.Index, match.Length)), match.Index, match.Length));
        return tokens;
    }

    /// <summary>The distinct words worth searching for, in the order they first appear.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in All(text))
        {
            if (IsSearchable(token.Term) && seen.Add(token.Term)) terms.Add(token.Term);
        }
        return terms;
    }

    /// <summary>False for stop words and single characters.</summary>
    public static bool IsSearchable(string term) => term.Length >= 2 && !StopWords.Contains(term);

    /// <summary>Lower case, without accents: "Café" → "cafe", "Straße" → "strasse".</summary>
    public static string Normalize(string word) => Normalize(word.AsSpan());

    private static string Normalize(ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(word))
        {
            // The common case, one allocation: the lower-cased string itself.
            return string.Create(word.Length, word, static (destination, source) => Ascii.ToLower(source, destination, out _));
        }
        // The site runs with invariant globalization (no ICU), where string.Normalize cannot take accents
        // apart; Latin letters are folded by table instead. Other scripts are kept, lower-cased.
        var folded = new StringBuilder(word.Length + 4);
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (Folding.TryGetValue(lower, out var plain)) folded.Append(plain);
            else if (CharUnicodeInfo.GetUnicodeCategory(lower) != UnicodeCategory.NonSpacingMark) folded.Append(lower);
        }
        return folded.ToString();
    }

    private static readonly FrozenDictionary<char, string> Folding = new (string Plain, string Accented)[]
    {
        ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
        ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķĸ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉŋ"), ("o", "òóôõöøōŏő"),
        ("r", "ŕŗř"), ("s", "śŝşšſ"), ("t", "ţťŧ"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ("ss", "ß"), ("ae", "æ"), ("oe", "œ"), ("ij", "ĳ"), ("th", "þ"),
    }.SelectMany(g => g.Accented.Select(c => KeyValuePair.Create(c, g.Plain))).ToFrozenDictionary();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
